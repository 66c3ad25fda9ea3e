package io.github.mutualplan;

/**
 * Whether the buyer sees an item.
 *
 * @since 0.1.0
 */
public enum Visibility {
  /** Seen by the seller's people only. */
  INTERNAL,
  /** Seen by both sides. */
  SHARED
}
