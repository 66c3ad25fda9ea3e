package io.github.mutualplan.forecast;

import io.github.mutualplan.schedule.ScheduleOptions;
import org.immutables.value.Value;

/**
 * How to forecast: the number of trials, the seed (the same seed gives the same forecast), the distribution
 * of durations, and the calendars (each plan's own unless overridden). The day to forecast as of is an
 * argument of {@link Forecaster#forecast(io.github.mutualplan.MutualActionPlan, java.time.LocalDate)}.
 *
 * <pre>{@code
 * ForecastOptions options = ForecastOptions.defaults().withTrials(20_000).withSeed(2027);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ForecastOptions {
  /** The most trials a forecast runs. */
  public static final int MAX_TRIALS = 10_000_000;

  ForecastOptions() {}

  /** 10,000 trials, seed 1, triangular, each plan's own calendars. */
  public static ForecastOptions defaults() {
    return ImmutableForecastOptions.builder().build();
  }

  /** The number of trials, from 1 to {@value #MAX_TRIALS}; 10,000 unless set. */
  @Value.Default
  public int trials() {
    return 10_000;
  }

  /** The seed of the random draws; 1 unless set. */
  @Value.Default
  public long seed() {
    return 1;
  }

  /** The distribution of durations; triangular unless set. */
  @Value.Default
  public Distribution distribution() {
    return Distribution.TRIANGULAR;
  }

  /** The calendars; {@link ScheduleOptions#defaults()} (each plan's own) unless set. */
  @Value.Default
  public ScheduleOptions scheduleOptions() {
    return ScheduleOptions.defaults();
  }

  @Value.Check
  final void check() {
    if (trials() < 1 || trials() > MAX_TRIALS) {
      throw new IllegalArgumentException("trials: must be between 1 and " + MAX_TRIALS + " (was " + trials() + ")");
    }
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #trials() trials}. */
  public abstract ForecastOptions withTrials(int value);

  /** A copy with this {@link #seed() seed}. */
  public abstract ForecastOptions withSeed(long value);

  /** A copy with this {@link #distribution() distribution}. */
  public abstract ForecastOptions withDistribution(Distribution value);

  /** A copy with this {@link #scheduleOptions() scheduleOptions}. */
  public abstract ForecastOptions withScheduleOptions(ScheduleOptions value);
}
