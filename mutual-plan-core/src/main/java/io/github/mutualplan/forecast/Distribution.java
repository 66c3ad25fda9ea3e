package io.github.mutualplan.forecast;

/**
 * How a commitment's duration is drawn from its three-point estimate.
 *
 * @since 0.1.0
 */
public enum Distribution {
  /** The triangular distribution of the three points. */
  TRIANGULAR,
  /** The PERT (beta) distribution: the most likely value weighs four times, the tails are thinner. */
  PERT
}
