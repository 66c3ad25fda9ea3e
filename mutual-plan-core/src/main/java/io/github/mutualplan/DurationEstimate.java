package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * A three-point estimate of how many working days a commitment takes: the best case, the most likely and the
 * worst case, for forecasting the close. {@code 1 <= optimistic <= mostLikely <= pessimistic <=}
 * {@link PlanLimits#MAX_DURATION_DAYS}.
 *
 * <pre>{@code
 * DurationEstimate legalReview = DurationEstimate.of(5, 10, 25); // redlines can drag on
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class DurationEstimate {
  DurationEstimate() {}

  /**
   * Returns an estimate.
   *
   * @param optimistic working days in the best case, at least 1
   * @param mostLikely working days most likely, at least {@code optimistic}
   * @param pessimistic working days in the worst case, at least {@code mostLikely}
   * @return the estimate
   * @throws PlanValidationException if the three are not in order
   */
  public static DurationEstimate of(int optimistic, int mostLikely, int pessimistic) {
    return ImmutableDurationEstimate.of(optimistic, mostLikely, pessimistic);
  }

  /** Working days in the best case. */
  @Value.Parameter
  public abstract int optimistic();

  /** Working days most likely. */
  @Value.Parameter
  public abstract int mostLikely();

  /** Working days in the worst case. */
  @Value.Parameter
  public abstract int pessimistic();

  @Value.Check
  final void checkOrder() {
    if (optimistic() < 1 || optimistic() > mostLikely() || mostLikely() > pessimistic()) {
      throw PlanValidationException.of("DurationEstimate", PlanRule.VALID_VALUES, "estimate",
          "needs 1 <= optimistic <= mostLikely <= pessimistic, was " + this);
    }
    if (pessimistic() > PlanLimits.MAX_DURATION_DAYS) {
      throw PlanValidationException.of("DurationEstimate", PlanRule.WITHIN_LIMITS, "estimate",
          "the pessimistic case must be at most " + PlanLimits.MAX_DURATION_DAYS + " working days, was " + this);
    }
  }

  /** Returns {@code optimistic/mostLikely/pessimistic}, for example {@code 5/10/25}. */
  @Override
  public final String toString() {
    return optimistic() + "/" + mostLikely() + "/" + pessimistic();
  }
}
