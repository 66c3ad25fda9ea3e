package io.github.mutualplan.forecast;

import io.github.mutualplan.MutualActionPlan;
import java.util.Objects;

/**
 * Forecasts when a plan will close by Monte Carlo: each trial draws every open commitment's duration from
 * its three-point estimate (a commitment without one, or with one whose three points are equal, keeps its
 * duration) and runs the {@link io.github.mutualplan.schedule.Scheduler scheduler}'s own forward pass on them:
 * dependencies, both sides' calendars, fixed starts, due dates as dates to finish no earlier than, and, as of a
 * day, what is done at its completion date, what is in progress from its start, and nothing left started
 * before that day. So a trial whose durations are the schedule's closes on the schedule's projected close. The
 * same seed gives the same forecast.
 *
 * <pre>{@code
 * Forecaster forecaster = Forecaster.of(ForecastOptions.defaults()
 *     .withScheduleOptions(ScheduleOptions.of(buyer, seller).withAsOf(today)));
 * CloseForecast forecast = forecaster.forecast(plan);
 * forecast.probabilityByTarget();   // 0.62
 * forecast.p80();                   // 2027-07-09
 * forecast.criticality();           // {security-review=0.71, ...}
 * }</pre>
 *
 * <p>A forecaster is immutable and thread-safe; each forecast runs on the calling thread.
 */
public final class Forecaster {
  private final ForecastOptions options;

  private Forecaster(ForecastOptions options) {
    this.options = options;
  }

  /** A forecaster with these options. */
  public static Forecaster of(ForecastOptions options) {
    return new Forecaster(Objects.requireNonNull(options, "options"));
  }

  /** The options. */
  public ForecastOptions options() {
    return options;
  }

  /**
   * Forecasts a plan's close.
   *
   * @param plan the plan
   * @return the forecast
   */
  public CloseForecast forecast(MutualActionPlan plan) {
    return new MonteCarlo(Objects.requireNonNull(plan, "plan"), options).run();
  }
}
