package io.github.mutualplan.forecast;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.engine.AsOf;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts when a plan will close by Monte Carlo: each trial draws every open commitment's duration from
 * its three-point estimate (a commitment without one, or with one whose three points are equal, keeps its
 * duration) and runs the {@link io.github.mutualplan.schedule.Scheduler scheduler}'s own forward pass on them:
 * dependencies, both sides' calendars, fixed starts, due dates as dates to finish no earlier than, and, as of a
 * day, what is done at its completion date, what is in progress from the day it
 * {@linkplain io.github.mutualplan.Commitment#startedOn() started} (or its start, when that day is not
 * recorded), and nothing left started before that day. So a trial whose durations are the schedule's closes on
 * the schedule's projected close. The same seed gives the same forecast.
 *
 * <pre>{@code
 * Forecaster forecaster = Forecaster.of(ForecastOptions.defaults()); // on the calendars each plan names
 * CloseForecast forecast = forecaster.forecast(plan, today);          // or forecast(plan): as planned
 * forecast.probabilityByTarget();   // 0.62
 * forecast.p80();                   // 2027-07-09
 * forecast.criticality();           // {security-review=0.71, ...}
 * }</pre>
 *
 * <p>Each forecast runs on the calling thread. Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
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
   * Forecasts a plan's close as planned, from its start.
   *
   * @param plan the plan
   * @return the forecast
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if the plan names a calendar the options'
   *     registry does not know
   */
  public CloseForecast forecast(MutualActionPlan plan) {
    return new MonteCarlo(Objects.requireNonNull(plan, "plan"), options, Optional.empty()).run();
  }

  /**
   * Forecasts a plan's close as of a day: done commitments stand at their completion dates, one in progress
   * counts from the day it started (or its start, when that day is not recorded), and nothing left to do starts
   * before that day.
   *
   * @param plan the plan
   * @param asOf the day, within the years of {@link io.github.mutualplan.PlanLimits}
   * @return the forecast
   * @throws IllegalArgumentException if the day is outside those years
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if the plan names a calendar the options'
   *     registry does not know
   */
  public CloseForecast forecast(MutualActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    return new MonteCarlo(plan, options, Optional.of(AsOf.check(asOf))).run();
  }
}
