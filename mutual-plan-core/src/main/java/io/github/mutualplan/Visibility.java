package io.github.mutualplan;

/** Whether the buyer sees an item. */
public enum Visibility {
  /** Seen by the seller's people only. */
  INTERNAL,
  /** Seen by both sides. */
  SHARED
}
