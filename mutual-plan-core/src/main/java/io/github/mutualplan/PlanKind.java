package io.github.mutualplan;

/**
 * Who a plan is for.
 *
 * @since 0.1.0
 */
public enum PlanKind {
  /** The seller's internal plan of the steps to close the deal; the buyer never sees it. */
  CLOSING_PLAN,
  /**
   * The plan shared with the buyer as a collaborative agreement, once a champion and an economic buyer are
   * known.
   */
  MUTUAL_ACTION_PLAN
}
