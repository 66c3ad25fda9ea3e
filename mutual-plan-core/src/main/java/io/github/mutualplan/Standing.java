package io.github.mutualplan;

/** How the seller stands on a decision criterion, as far as the buyer's assessment is known. */
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
