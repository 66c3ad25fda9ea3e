package io.github.mutualplan.risk;

/**
 * How much a finding threatens the deal, and how much it costs the health score.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Worth knowing; costs 2 points. */
  INFO(2),
  /** Needs attention this week; costs 8 points. */
  WARNING(8),
  /** Threatens the close; costs 20 points. */
  CRITICAL(20);

  private final int penalty;

  Severity(int penalty) {
    this.penalty = penalty;
  }

  /** The points a finding of this severity takes from the health score. */
  public int penalty() {
    return penalty;
  }
}
