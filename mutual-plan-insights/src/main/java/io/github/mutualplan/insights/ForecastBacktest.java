package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a forecaster against what happened: replays each closed deal as of past days, forecasts its close as
 * of each of them, and scores the forecasts against the day the deal closed.
 *
 * <pre>{@code
 * Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(2_000));
 * BacktestResult asPlanned = ForecastBacktest.of(forecaster).run(closed);
 * Calibration fitted = DurationCalibrator.standard().calibrate(template, closed);
 * BacktestResult calibrated = ForecastBacktest.of(forecaster).withEstimates(fitted).run(closed);
 * asPlanned.brierScore();    // 0.231
 * calibrated.brierScore();   // 0.142: the calibrated estimates forecast these deals better
 * }</pre>
 *
 * <p><b>What is scored.</b> The deals closed won. A lost deal is left out (and counted): the day it was lost says
 * when it was given up, not when its plan would have been done, which is what the forecast forecasts. A deal is
 * forecast as of its start and then every {@linkplain #everyDays(int) few days} (14 unless set) up to, not
 * including, the day it closed (in the plan's zone), each time on the plan as it stood at the start of that day
 * (the last version whose change came before it) with {@link Forecaster#forecast(MutualActionPlan, LocalDate)}.
 * Each forecast gives probabilities of closing by some days: by the target close of that version, and within
 * each {@linkplain #withHorizons(int...) horizon} (30 and 90 days unless set: this month, this quarter), each scored
 * against whether the deal closed by that day ({@link BacktestResult#brierScore()},
 * {@link BacktestResult#reliability()}); and a median close day, scored against the day it closed
 * ({@link BacktestResult#medianErrorDays()}).
 *
 * <p><b>Estimates.</b> As planned, each version is forecast with its own commitments' estimates. With
 * {@link #withEstimates(Function)} (or a {@link Calibration}), every commitment not yet done whose key has an
 * estimate takes it, and its duration becomes the estimate's most likely days: how the deals would have been
 * forecast had their plans carried those estimates.
 *
 * <p>Forecasts run on the calling thread, one after another; their cost is the forecaster's trials. Instances
 * are immutable and safe to share between threads when the estimates function is.
 *
 * @since 0.1.0
 */
public final class ForecastBacktest {
  /** The days from one forecast of a deal to the next, unless set. */
  public static final int DEFAULT_INTERVAL_DAYS = 14;
  /** The longest horizon, in days. */
  public static final int MAX_HORIZON_DAYS = 3_660;

  private static final int[] DEFAULT_HORIZONS = {30, 90};

  private final Forecaster forecaster;
  private final int intervalDays;
  private final int[] horizons;
  private final Optional<Function<String, Optional<DurationEstimate>>> estimates;

  private ForecastBacktest(Forecaster forecaster, int intervalDays, int[] horizons,
      Optional<Function<String, Optional<DurationEstimate>>> estimates) {
    this.forecaster = forecaster;
    this.intervalDays = intervalDays;
    this.horizons = horizons;
    this.estimates = estimates;
  }

  /** A backtest of this forecaster, every {@value #DEFAULT_INTERVAL_DAYS} days, on the plans' own estimates. */
  public static ForecastBacktest of(Forecaster forecaster) {
    return new ForecastBacktest(Objects.requireNonNull(forecaster, "forecaster"), DEFAULT_INTERVAL_DAYS,
        DEFAULT_HORIZONS, Optional.empty());
  }

  /** A copy that forecasts each deal every this many calendar days from its start, 1 to 366. */
  public ForecastBacktest everyDays(int days) {
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("days: must be 1 to 366, was " + days);
    }
    return new ForecastBacktest(forecaster, days, horizons, estimates);
  }

  /**
   * A copy that also scores, for each forecast, the probability of closing within each of these many days of the
   * day it was made (that day counted), besides by the target close: 30 and 90 unless set; none for the target
   * close alone.
   *
   * @param days each 1 to {@value #MAX_HORIZON_DAYS}, in increasing order
   * @return the copy
   * @throws IllegalArgumentException naming the first horizon out of range or order
   */
  public ForecastBacktest withHorizons(int... days) {
    int[] checked = days.clone();
    for (int i = 0; i < checked.length; i++) {
      if (checked[i] < 1 || checked[i] > MAX_HORIZON_DAYS || (i > 0 && checked[i] <= checked[i - 1])) {
        throw new IllegalArgumentException("days[" + i + "]: must be 1 to " + MAX_HORIZON_DAYS
            + " and more than the one before, was " + checked[i]);
      }
    }
    return new ForecastBacktest(forecaster, intervalDays, checked, estimates);
  }

  /**
   * A copy that forecasts with these estimates: each commitment not done whose key (its identifier's
   * {@linkplain io.github.mutualplan.CommitmentId#key() key}) gets an estimate from the function takes it; the
   * others keep their own.
   *
   * @param byStep the estimate of a step by its key, or empty to keep the plan's; must not return null
   * @return the copy
   */
  public ForecastBacktest withEstimates(Function<String, Optional<DurationEstimate>> byStep) {
    return new ForecastBacktest(forecaster, intervalDays, horizons,
        Optional.of(Objects.requireNonNull(byStep, "byStep")));
  }

  /** A copy that forecasts with the estimates of a calibration, for the steps it calibrated. */
  public ForecastBacktest withEstimates(Calibration calibration) {
    Objects.requireNonNull(calibration, "calibration");
    return withEstimates(key -> calibration.step(key).map(StepDurations::estimate));
  }

  /**
   * Replays, forecasts and scores these deals.
   *
   * @param histories the deals; those not closed won are left out and counted
   * @return the scores
   * @throws NullPointerException naming the element if one is null, or if the estimates function returns null
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if a plan names a calendar the forecaster's
   *     registry does not know
   */
  public BacktestResult run(Iterable<PlanHistory> histories) {
    Objects.requireNonNull(histories, "histories");
    List<BacktestResult.Scored> scored = new ArrayList<>();
    int deals = 0;
    int leftOut = 0;
    int index = 0;
    for (PlanHistory history : histories) {
      Objects.requireNonNull(history, "histories[" + index + "]");
      index++;
      MutualActionPlan closed = history.current();
      if (closed.status() != PlanStatus.CLOSED_WON) {
        leftOut++;
        continue;
      }
      deals++;
      LocalDate closedOn = closed.closure().orElseThrow().closedAt().atZone(closed.zone()).toLocalDate();
      for (LocalDate day = history.first().start(); day.isBefore(closedOn); day = day.plusDays(intervalDays)) {
        MutualActionPlan then = asOf(history, day);
        if (then.status().isClosed()) {
          break;
        }
        CloseForecast forecast = forecaster.forecast(withEstimates(then), day);
        double[] probabilities = new double[horizons.length + 1];
        boolean[] closedBy = new boolean[horizons.length + 1];
        probabilities[0] = forecast.probabilityByTarget();
        closedBy[0] = !closedOn.isAfter(then.targetClose());
        for (int h = 0; h < horizons.length; h++) {
          LocalDate by = day.plusDays(horizons[h] - 1L);
          probabilities[h + 1] = forecast.probabilityBy(by);
          closedBy[h + 1] = !closedOn.isAfter(by);
        }
        scored.add(new BacktestResult.Scored(probabilities, closedBy,
            (int) ChronoUnit.DAYS.between(forecast.p50(), closedOn), !closedOn.isAfter(forecast.p80())));
      }
    }
    return BacktestResult.of(deals, leftOut, scored);
  }

  /** The plan as it stood at the start of a day: the last version whose change came before it. */
  static MutualActionPlan asOf(PlanHistory history, LocalDate day) {
    Instant start = day.atStartOfDay(history.first().zone()).toInstant();
    long version = history.first().version();
    for (PlanEvent event : history.events()) {
      if (!event.at().isBefore(start)) {
        break;
      }
      version = event.version();
    }
    return history.version(version);
  }

  private MutualActionPlan withEstimates(MutualActionPlan plan) {
    if (estimates.isEmpty()) {
      return plan;
    }
    Function<String, Optional<DurationEstimate>> byStep = estimates.get();
    ImmutableList.Builder<Commitment> commitments = ImmutableList.builder();
    for (Commitment c : plan.commitments()) {
      Optional<DurationEstimate> estimate = c.status() == CommitmentStatus.DONE ? Optional.empty()
          : Objects.requireNonNull(byStep.apply(c.id().key()), "estimates of '" + c.id().key() + "'");
      commitments.add(estimate.map(e -> c.withEstimate(e).withDurationDays(e.mostLikely())).orElse(c));
    }
    return plan.withCommitments(commitments.build());
  }
}
