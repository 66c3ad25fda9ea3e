package io.github.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The schedule and every trial of the forecast run one forward pass: with nothing to draw, every trial is the
 * schedule. Over generated plans (done, in-progress, blocked and cancelled commitments, fixed starts, due dates,
 * durations from dates), each side with its own calendar or both with one, as planned or as of a day.
 */
class OneForwardPassPropertiesTest {
  /** A plan, how to schedule it, and how to forecast it. */
  static final class Case {
    final MutualActionPlan plan;
    final ScheduleOptions options;
    final Optional<LocalDate> asOf;
    final long seed;
    final Distribution distribution;

    Case(MutualActionPlan plan, ScheduleOptions options, Optional<LocalDate> asOf, long seed,
        Distribution distribution) {
      this.plan = plan;
      this.options = options;
      this.asOf = asOf;
      this.seed = seed;
      this.distribution = distribution;
    }

    Schedule schedule() {
      Scheduler scheduler = Scheduler.of(options);
      return asOf.isPresent() ? scheduler.schedule(plan, asOf.get()) : scheduler.schedule(plan);
    }

    CloseForecast forecast() {
      Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200).withSeed(seed)
          .withDistribution(distribution).withScheduleOptions(options));
      return asOf.isPresent() ? forecaster.forecast(plan, asOf.get()) : forecaster.forecast(plan);
    }

    @Override
    public String toString() {
      return plan + " with " + options + asOf.map(day -> " as of " + day).orElse("") + ", seed " + seed + ", "
          + distribution;
    }
  }

  /**
   * Generated plans whose every estimate is degenerate: optimistic, most likely and pessimistic all the
   * commitment's duration as the schedule counts it (or no estimate, now and then).
   */
  static Gen<Case> degenerate() {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan generated = Gens.plans(120).generate(in);
      WorkCalendar buyer = CalendarSamplers.calendar(d, generated.start());
      WorkCalendar seller = d.chance(40) ? buyer : CalendarSamplers.calendar(d, generated.start());
      ScheduleOptions options = ScheduleOptions.of(buyer, seller);
      Optional<LocalDate> asOf = d.chance(50) ? Optional.of(generated.start().plusDays(d.between(0, 250)))
          : Optional.empty();
      Schedule schedule = new Case(generated, options, asOf, 0, Distribution.TRIANGULAR).schedule();
      List<Commitment> commitments = new ArrayList<>();
      for (Commitment c : generated.commitments()) {
        int days = schedule.commitment(c.id()).map(ScheduledCommitment::durationDays)
            .orElse(c.durationDays().orElse(1));
        commitments.add(c.withEstimate(d.chance(85) ? Optional.of(DurationEstimate.of(days, days, days))
            : Optional.empty()));
      }
      return new Case(generated.withCommitments(commitments), options, asOf, d.between(0, 1_000_000),
          d.chance(50) ? Distribution.TRIANGULAR : Distribution.PERT);
    };
  }

  @Test
  void withDegenerateEstimatesEveryTrialClosesOnTheSchedulesClose() {
    qt().withExamples(300).forAll(degenerate()).checkAssert(c -> {
      Schedule schedule = c.schedule();

      CloseForecast forecast = c.forecast();

      assertThat(forecast.closeDays()).containsExactly(Map.entry(schedule.projectedClose(), 200));
      assertThat(forecast.probabilityByTarget()).isEqualTo(schedule.targetReachable() ? 1.0 : 0.0);
      assertThat(forecast.expectedSlipDays()).isEqualTo(Math.max(0, -schedule.closeSlack()));
      assertThat(forecast.criticality().values()).allSatisfy(x -> assertThat(x).isIn(0.0, 1.0));
    });
  }

  /**
   * As planned, with one calendar for both sides, the trials' critical path ends where the schedule's does:
   * the commitment the close waits for.
   */
  @Test
  void withDegenerateEstimatesAndOneCalendarTheTrialsCriticalPathEndsWhereTheSchedulesDoes() {
    qt().withExamples(200).forAll(degenerate()).checkAssert(c -> {
      WorkCalendar seller = c.options.sellerCalendar().orElseThrow();
      ScheduleOptions oneCalendar = ScheduleOptions.of(seller, seller);
      Case planned = new Case(c.plan, oneCalendar, Optional.empty(), c.seed, c.distribution);
      Schedule schedule = Scheduler.of(oneCalendar).schedule(c.plan);

      CloseForecast forecast = planned.forecast();

      if (!schedule.criticalPath().isEmpty()) {
        assertThat(forecast.criticality())
            .containsEntry(schedule.criticalPath().get(schedule.criticalPath().size() - 1), 1.0);
      }
    });
  }

  /**
   * Trials in working-day indexes (both sides on one calendar, as planned, triangular) apply the pass's rule in
   * indexes; trials through the calendars apply it in dates. With a second calendar that works the same days
   * but is not equal, the trials run through the calendars: the forecasts are equal, draw for draw.
   */
  @Test
  void trialsInWorkingDayIndexesGiveWhatTrialsThroughTheCalendarsGive() {
    qt().withExamples(300).forAll(degenerate(), Gens.plans(100)).checkAssert((c, plan) -> {
      WorkCalendar calendar = c.options.sellerCalendar().orElseThrow();
      WorkCalendar sameDays = calendar.withHolidays(List.of(LocalDate.of(1900, 1, 1)));
      ForecastOptions options = ForecastOptions.defaults().withTrials(300).withSeed(c.seed);

      for (MutualActionPlan p : List.of(plan, c.plan)) {
        CloseForecast inIndexes = Forecaster.of(options.withScheduleOptions(ScheduleOptions.of(calendar, calendar)))
            .forecast(p);
        CloseForecast inDates = Forecaster.of(options.withScheduleOptions(ScheduleOptions.of(calendar, sameDays)))
            .forecast(p);

        assertThat(inIndexes).isEqualTo(inDates);
      }
    });
  }
}
