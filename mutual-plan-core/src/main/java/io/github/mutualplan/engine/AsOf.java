package io.github.mutualplan.engine;

import io.github.mutualplan.PlanLimits;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The check of the day a service is asked to answer as of, the same in every service. Its methods keep no state
 * and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class AsOf {
  private AsOf() {}

  /**
   * Checks a day a service is asked to answer as of.
   *
   * @param asOf the day
   * @return the day
   * @throws IllegalArgumentException if it is outside the years of {@link PlanLimits}
   */
  public static LocalDate check(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!PlanLimits.isWithinLimits(asOf)) {
      throw new IllegalArgumentException("asOf: " + asOf + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    }
    return asOf;
  }
}
