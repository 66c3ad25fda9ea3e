package io.github.mutualplan.risk;

/**
 * A coarse reading of the health score, for dashboards and portfolio counts.
 *
 * @since 0.1.0
 */
public enum HealthBand {
  /** A score of 80 or more. */
  HEALTHY,
  /** A score from 50 to 79. */
  AT_RISK,
  /** A score under 50. */
  CRITICAL;

  /** The band of a score from 0 to 100. */
  public static HealthBand of(int score) {
    return score >= 80 ? HEALTHY : score >= 50 ? AT_RISK : CRITICAL;
  }
}
