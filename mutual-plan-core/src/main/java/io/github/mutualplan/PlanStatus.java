package io.github.mutualplan;

/**
 * Where a plan is in its life. A {@link PlanKind#CLOSING_PLAN closing plan} is {@link #DRAFT} or closed; a
 * {@link PlanKind#MUTUAL_ACTION_PLAN mutual action plan} is {@link #SHARED}, {@link #AGREED} or closed.
 *
 * @since 0.1.0
 */
public enum PlanStatus {
  /** Being prepared by the seller, not shared. */
  DRAFT,
  /** Shared with the buyer, not (or no longer) signed off by both owners. */
  SHARED,
  /** Signed off by both owners on its current content. */
  AGREED,
  /** Ended with the deal won. */
  CLOSED_WON,
  /** Ended with the deal lost. */
  CLOSED_LOST;

  /** Whether the plan has ended, won or lost. */
  public boolean isClosed() {
    return this == CLOSED_WON || this == CLOSED_LOST;
  }
}
