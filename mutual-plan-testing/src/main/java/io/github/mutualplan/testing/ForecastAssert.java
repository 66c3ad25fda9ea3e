package io.github.mutualplan.testing;

import io.github.mutualplan.forecast.CloseForecast;
import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a forecast; see {@link MutualPlanAssertions}. A failure shows the P50, P80 and P95 days.
 *
 * @since 0.1.0
 */
public final class ForecastAssert extends AbstractAssert<ForecastAssert, CloseForecast> {
  ForecastAssert(CloseForecast actual) {
    super(actual, ForecastAssert.class);
  }

  private String forecast() {
    return "the forecast of plan " + Shown.key(actual.plan().key()) + " (version " + actual.version() + ", "
        + actual.trials() + " trials; P50 " + actual.p50() + ", P80 " + actual.p80() + ", P95 " + actual.p95()
        + ", target " + actual.targetClose() + ", by target " + Math.round(100 * actual.probabilityByTarget())
        + " %)";
  }

  /** The plan closes by its target close with at least this probability (0 to 1). */
  public ForecastAssert closesByTargetWithProbabilityAtLeast(double probability) {
    isNotNull();
    if (actual.probabilityByTarget() < probability) {
      failWithMessage("Expecting %s to close by the target with a probability of at least %s", forecast(),
          probability);
    }
    return this;
  }

  /** Half the trials close on or before this day. */
  public ForecastAssert hasP50OnOrBefore(LocalDate day) {
    isNotNull();
    if (actual.p50().isAfter(day)) {
      failWithMessage("Expecting %s to have its P50 on or before %s", forecast(), day);
    }
    return this;
  }
}
