package io.github.mutualplan;

/**
 * Where a commitment stands.
 *
 * @since 0.1.0
 */
public enum CommitmentStatus {
  /** Not started. */
  OPEN,
  /** Started, not finished. */
  IN_PROGRESS,
  /** Finished; the commitment carries its completion date. */
  DONE,
  /** Cannot go on until something outside it changes. */
  BLOCKED,
  /** Dropped; it no longer counts towards the close. */
  CANCELLED;

  /** Whether the commitment still has work to do: open, in progress or blocked. */
  public boolean isPending() {
    return this == OPEN || this == IN_PROGRESS || this == BLOCKED;
  }
}
