package io.github.mutualplan;

/**
 * How the seller stands on a decision criterion, as far as the buyer's assessment is known.
 *
 * @since 0.1.0
 */
public enum Standing {
  /** Not assessed yet. */
  UNKNOWN,
  /** Assessed and not met. */
  NOT_MET,
  /** Assessed and met in part. */
  PARTLY_MET,
  /** Assessed and met. */
  MET
}
