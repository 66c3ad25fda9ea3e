package io.github.mutualplan.schedule;

import static io.github.mutualplan.schedule.Plans.SELLER;
import static io.github.mutualplan.schedule.Plans.commitment;
import static io.github.mutualplan.schedule.Plans.network;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.Distribution;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * As of a day, a commitment counts from the day it actually started, when the plan records it
 * ({@code PlanChange.startCommitment(commitment, day)}), rather than from the start both sides agreed: one
 * started two days late is scheduled, and forecast, to finish two days late. Every day is a working day here;
 * a (five days, agreed to start on day 0) comes before b (two days).
 */
class StartedLateExamplesTest {
  static final Scheduler EVERY_DAY = Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay()));
  static final LocalDate DAY_0 = LocalDate.of(2027, 3, 1);
  static final CommitmentId A = CommitmentId.of("a");
  static final CommitmentId B = CommitmentId.of("b");
  static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

  static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }

  /** The plan: a agreed to start on day 0, b after it. */
  static MutualActionPlan plan() {
    return network(DAY_0, day(20)).addCommitment(commitment("a:5").withStart(day(0)))
        .addCommitment(commitment("b:2<a")).build();
  }

  static MutualActionPlan apply(MutualActionPlan plan, PlanChange change) {
    return PlanEditor.standard().apply(plan, change, SELLER, AT).plan();
  }

  @Test
  void aCommitmentStartedTwoDaysLateIsScheduledToFinishTwoDaysLate() {
    MutualActionPlan startedLate = apply(plan(), PlanChange.startCommitment(A, day(2)));
    MutualActionPlan dayNotKnown = apply(plan(), PlanChange.startCommitment(A));

    Schedule late = EVERY_DAY.schedule(startedLate, day(3));
    Schedule agreed = EVERY_DAY.schedule(dayNotKnown, day(3));

    // Without the day, a counts from its agreed start: days 0 to 4, and the close on day 6.
    assertThat(agreed.commitment(A).get().earlyStart()).isEqualTo(day(0));
    assertThat(agreed.commitment(A).get().earlyFinish()).isEqualTo(day(4));
    assertThat(agreed.projectedClose()).isEqualTo(day(6));
    // Started on day 2, it takes its five days from then: days 2 to 6; b follows, and the close is on day 8.
    assertThat(late.commitment(A).get().earlyStart()).isEqualTo(day(2));
    assertThat(late.commitment(A).get().earlyFinish()).isEqualTo(day(6));
    assertThat(late.commitment(B).get().earlyStart()).isEqualTo(day(7));
    assertThat(late.projectedClose()).isEqualTo(day(8));
  }

  @Test
  void aCommitmentStartedBeforeTheAsOfDayFinishesNoEarlierThanThatDay() {
    MutualActionPlan startedLate = apply(plan(), PlanChange.startCommitment(A, day(2)));

    // As of day 10 it is still in progress: started on day 2, it finishes on day 10 at the earliest.
    ScheduledCommitment a = EVERY_DAY.schedule(startedLate, day(10)).commitment(A).get();

    assertThat(a.earlyStart()).isEqualTo(day(2));
    assertThat(a.earlyFinish()).isEqualTo(day(10));
  }

  @Test
  void aCommitmentStartedEarlyCountsFromTheDayItStarted() {
    MutualActionPlan plan = plan();
    plan = plan.withCommitments(plan.commitments().get(0).withStart(day(3)), plan.commitments().get(1));
    MutualActionPlan startedEarly = apply(plan, PlanChange.startCommitment(A, day(1)));

    ScheduledCommitment a = EVERY_DAY.schedule(startedEarly, day(2)).commitment(A).get();

    assertThat(a.earlyStart()).isEqualTo(day(1));
    assertThat(a.earlyFinish()).isEqualTo(day(5));
  }

  @Test
  void asOfADayBeforeTheDayItStartedItIsPlannedAsNotStartedYet() {
    MutualActionPlan startedLate = apply(plan(), PlanChange.startCommitment(A, day(4)));

    // As of day 3 it had not started: like any commitment still to do, it starts on the as-of day at the earliest.
    ScheduledCommitment a = EVERY_DAY.schedule(startedLate, day(3)).commitment(A).get();

    assertThat(a.earlyStart()).isEqualTo(day(3));
    assertThat(a.earlyFinish()).isEqualTo(day(7));
  }

  @Test
  void aDoneCommitmentStandsAtTheDaysItStartedAndFinished() {
    MutualActionPlan done = apply(apply(plan(), PlanChange.startCommitment(A, day(2))),
        PlanChange.completeCommitment(A, day(8)));
    assertThat(done.commitment(A).get().status()).isEqualTo(CommitmentStatus.DONE);

    ScheduledCommitment a = EVERY_DAY.schedule(done, day(9)).commitment(A).get();

    assertThat(a.earlyStart()).isEqualTo(day(2));
    assertThat(a.earlyFinish()).isEqualTo(day(8));
  }

  @Test
  void aCommitmentStartedTwoDaysLateIsForecastToCloseTwoDaysLate() {
    MutualActionPlan plan = plan();
    plan = plan.withCommitments(plan.commitments().get(0).withEstimate(DurationEstimate.of(4, 5, 9)),
        plan.commitments().get(1));
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(2_000)
        .withScheduleOptions(EVERY_DAY.options()));

    CloseForecast agreed = forecaster.forecast(apply(plan, PlanChange.startCommitment(A)), day(3));
    CloseForecast late = forecaster.forecast(apply(plan, PlanChange.startCommitment(A, day(2))), day(3));

    // Same seed, same draws: every trial of a takes as long, from two days later.
    assertThat(late.p50()).isEqualTo(agreed.p50().plusDays(2));
    assertThat(late.p80()).isEqualTo(agreed.p80().plusDays(2));
    assertThat(late.p95()).isEqualTo(agreed.p95().plusDays(2));
    assertThat(late.probabilityByTarget()).isEqualTo(agreed.probabilityByTarget()).isEqualTo(1.0);
  }

  /**
   * A commitment still in progress as of a day took at least the days up to it: its forecast draws from its
   * estimate given that, rather than finishing on the as-of day whenever the draw is shorter. Estimate 10/20/30
   * (triangular), started on day 0, in progress as of day 25: it takes at least 26 days, which one draw in ten
   * reaches, {@code P(x >= 25.5) = 4.5² / 200}; given that, it takes 26 days with probability
   * {@code (4.5² - 3.5²) / 4.5² = 0.395}, at most 27 with 0.691, 28 with 0.889 and 29 with 0.988.
   */
  @Test
  void aCommitmentStillInProgressIsForecastFromTheDaysItHasAlreadyTaken() {
    MutualActionPlan plan = network(DAY_0, day(40)).addCommitment(commitment("a:20").withStart(day(0))
        .withEstimate(DurationEstimate.of(10, 20, 30))).build();
    MutualActionPlan started = apply(plan, PlanChange.startCommitment(A, day(0)));
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200_000)
        .withScheduleOptions(EVERY_DAY.options()));

    CloseForecast asOfDay25 = forecaster.forecast(started, day(25));

    assertThat(asOfDay25.probabilityBy(day(24))).isZero();
    assertThat(asOfDay25.probabilityBy(day(25))).isCloseTo(0.395, within(0.005));
    assertThat(asOfDay25.probabilityBy(day(26))).isCloseTo(0.691, within(0.005));
    assertThat(asOfDay25.probabilityBy(day(27))).isCloseTo(0.889, within(0.005));
    assertThat(asOfDay25.probabilityBy(day(28))).isCloseTo(0.988, within(0.002));
    assertThat(asOfDay25.probabilityBy(day(29))).isEqualTo(1.0);
    // Past its pessimistic case the estimate is spent: it finishes on the as-of day.
    assertThat(forecaster.forecast(started, day(35)).probabilityBy(day(35))).isEqualTo(1.0);
  }

  /** With PERT, the same: the forecast as of a day is the forecast as planned, given the days already taken. */
  @Test
  void aPertForecastOfACommitmentInProgressIsConditionedTheSameWay() {
    MutualActionPlan plan = network(DAY_0, day(40)).addCommitment(commitment("a:20").withStart(day(0))
        .withEstimate(DurationEstimate.of(10, 20, 30))).build();
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200_000)
        .withDistribution(Distribution.PERT).withScheduleOptions(EVERY_DAY.options()));

    CloseForecast planned = forecaster.forecast(plan);
    CloseForecast asOfDay21 = forecaster.forecast(apply(plan, PlanChange.startCommitment(A, day(0))), day(21));

    // In progress as of day 21, it takes at least 22 days: it finishes on day 21 or later.
    double reached = 1 - planned.probabilityBy(day(20));
    assertThat(asOfDay21.probabilityBy(day(20))).isZero();
    for (int d = 21; d <= 29; d++) {
      double given = (planned.probabilityBy(day(d)) - planned.probabilityBy(day(20))) / reached;
      assertThat(asOfDay21.probabilityBy(day(d))).as("by day %d", d).isCloseTo(given, within(0.01));
    }
  }
}
