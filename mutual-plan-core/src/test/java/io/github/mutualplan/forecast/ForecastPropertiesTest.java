package io.github.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The forecast's rules, as properties over generated plans and chains of estimated commitments. */
class ForecastPropertiesTest {
  static final ScheduleOptions EVERY_DAY = ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay());

  static Forecaster forecaster(ScheduleOptions options, long seed, Distribution distribution) {
    return Forecaster.of(ForecastOptions.defaults().withTrials(500).withSeed(seed).withDistribution(distribution)
        .withScheduleOptions(options));
  }

  /** Generated plans with options, a seed, a distribution and sometimes an as-of day. */
  static Gen<Object[]> plansAndOptions() {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(100).generate(in);
      ScheduleOptions options = d.chance(50) ? ScheduleOptions.defaults() : EVERY_DAY;
      Optional<LocalDate> asOf = d.chance(40) ? Optional.of(plan.start().plusDays(d.between(0, 200)))
          : Optional.empty();
      return new Object[] {plan, options, (long) d.between(0, 1_000_000),
          d.chance(50) ? Distribution.TRIANGULAR : Distribution.PERT, asOf};
    };
  }

  /** The forecast as of the day of a generated case, or as planned. */
  @SuppressWarnings("unchecked")
  static CloseForecast forecast(Forecaster forecaster, MutualActionPlan plan, Object[] c) {
    Optional<LocalDate> asOf = (Optional<LocalDate>) c[4];
    return asOf.isPresent() ? forecaster.forecast(plan, asOf.get()) : forecaster.forecast(plan);
  }

  /** The schedule as of the day of a generated case, or as planned. */
  @SuppressWarnings("unchecked")
  static Schedule schedule(ScheduleOptions options, MutualActionPlan plan, Object[] c) {
    Optional<LocalDate> asOf = (Optional<LocalDate>) c[4];
    return asOf.isPresent() ? Scheduler.of(options).schedule(plan, asOf.get()) : Scheduler.of(options).schedule(plan);
  }

  @Test
  void theSameSeedGivesTheSameForecast() {
    qt().withExamples(200).forAll(plansAndOptions()).checkAssert(c -> {
      Forecaster f = forecaster((ScheduleOptions) c[1], (Long) c[2], (Distribution) c[3]);
      MutualActionPlan plan = (MutualActionPlan) c[0];
      CloseForecast once = forecast(f, plan, c);

      assertThat(forecast(f, plan, c)).isEqualTo(once);
      assertThat(once.closeDays().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
      assertThat(once.p50()).isBeforeOrEqualTo(once.p80());
      assertThat(once.p80()).isBeforeOrEqualTo(once.p95());
      assertThat(once.probabilityBy(once.p80())).isGreaterThanOrEqualTo(0.8);
      assertThat(once.criticality().values()).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
      assertThat(once.expectedSlipDays()).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void trialsInWorkingDaysGiveWhatTrialsThroughTheCalendarsGive() {
    // A seller calendar with the same working days wherever a plan reaches, but not an equal value: with it,
    // the trials cannot run in working days and look every date up in the calendars instead.
    WorkCalendar sameDays = WorkCalendar.weekdays().withHolidays(List.of(LocalDate.of(1900, 1, 1)));
    qt().withExamples(200).forAll(plansAndOptions()).checkAssert(c -> {
      MutualActionPlan plan = (MutualActionPlan) c[0];
      long seed = (Long) c[2];

      CloseForecast inWorkingDays = forecaster(ScheduleOptions.defaults(), seed, Distribution.TRIANGULAR)
          .forecast(plan);
      CloseForecast throughCalendars =
          forecaster(ScheduleOptions.of(WorkCalendar.weekdays(), sameDays), seed, Distribution.TRIANGULAR)
              .forecast(plan);

      assertThat(inWorkingDays).isEqualTo(throughCalendars);
    });
  }

  @Test
  void withoutEstimatesEveryTrialClosesOnTheScheduledClose() {
    qt().withExamples(200).forAll(plansAndOptions()).checkAssert(c -> {
      MutualActionPlan plan = (MutualActionPlan) c[0];
      MutualActionPlan fixed = plan.withCommitments(plan.commitments().stream()
          .map(x -> x.withEstimate(Optional.empty())).collect(Collectors.toList()));
      ScheduleOptions options = (ScheduleOptions) c[1];

      CloseForecast forecast = forecast(forecaster(options, (Long) c[2], (Distribution) c[3]), fixed, c);

      assertThat(forecast.closeDays()).containsOnlyKeys(schedule(options, fixed, c).projectedClose());
      assertThat(forecast.probabilityByTarget()).isIn(0.0, 1.0);
    });
  }

  /** A chain of commitments with estimates, every day a working day. */
  static Gen<MutualActionPlan> chains() {
    return in -> {
      Draw d = Gens.draw(in);
      StakeholderId ae = StakeholderId.of("ae");
      LocalDate start = LocalDate.of(2027, 1, 1).plusDays(d.between(0, 2000));
      MutualActionPlan.Builder plan = MutualActionPlan.builder().id(PlanId.of("chain")).title("Chain")
          .deal(Deal.of("A", Money.of("1", "EUR"))).sellerOrganization("S").buyerOrganization("B")
          .start(start).targetClose(start).zone(ZoneOffset.UTC).sellerOwner(ae)
          .addStakeholders(Stakeholder.builder().id(ae).side(Side.SELLER).name("Ann").addRoles(Role.ACCOUNT_EXECUTIVE)
              .build());
      int steps = d.between(1, 30);
      for (int i = 0; i < steps; i++) {
        int o = d.between(1, 5);
        int m = o + d.between(0, 5);
        int p = m + d.between(1, 10);
        Commitment.Builder step = Commitment.builder().id(CommitmentId.of("step-" + i)).title("Step " + i)
            .owingSide(Side.SELLER).durationDays(m).estimate(DurationEstimate.of(o, m, p))
            .addResponsibility(Responsibility.accountable(ae));
        if (i > 0) {
          step.addDependsOn(CommitmentId.of("step-" + (i - 1)));
        }
        plan.addCommitments(step.build());
      }
      return plan.build();
    };
  }

  static int sum(MutualActionPlan chain, java.util.function.ToIntFunction<DurationEstimate> point) {
    return chain.commitments().stream().mapToInt(c -> point.applyAsInt(c.estimate().get())).sum();
  }

  @Test
  void aTriangularDrawTakesTheDaysOfTheFormulaEverywhereAndRightAtEachStep() {
    qt().withExamples(200).forAll(chains(), longs().all()).checkAssert((chain, seed) -> {
      MonteCarlo trials = new MonteCarlo(chain, ForecastOptions.defaults(), Optional.empty());
      SplittableRandom random = new SplittableRandom(seed);
      for (int v = 0; v < chain.commitments().size(); v++) {
        for (int k = 0; k < 200; k++) {
          double u = random.nextDouble();
          assertThat(trials.triangularDraw(v, u)).as("u = %s", u).isEqualTo(trials.triangularDays(v, u));
        }
      }
      for (double step : trials.steps) { // where the days change, and the doubles on either side
        for (double u : new double[] {Math.nextDown(step), step, Math.nextUp(step)}) {
          if (u >= 0 && u < 1) {
            for (int v = 0; v < chain.commitments().size(); v++) {
              assertThat(trials.triangularDraw(v, u)).as("u = %s", u).isEqualTo(trials.triangularDays(v, u));
            }
          }
        }
      }
    });
  }

  @Test
  void theProbabilityIsOneWithAmpleSlackAndZeroWhenTheCriticalPathCannotFit() {
    qt().withExamples(300).forAll(chains()).checkAssert(chain -> {
          Forecaster f = forecaster(EVERY_DAY, 7, Distribution.PERT);
          LocalDate start = chain.start();
          MutualActionPlan ample = chain.withTargetClose(start.plusDays(sum(chain, DurationEstimate::pessimistic) - 1));
          assertThat(f.forecast(ample).probabilityByTarget()).isEqualTo(1.0);
          assertThat(f.forecast(ample).expectedSlipDays()).isZero();
          // One day short of the optimistic total; a one-day chain has no such target on or after its start.
          int optimistic = sum(chain, DurationEstimate::optimistic);
          if (optimistic >= 2) {
            MutualActionPlan hopeless = chain.withTargetClose(start.plusDays(optimistic - 2));
            assertThat(f.forecast(hopeless).probabilityByTarget()).isEqualTo(0.0);
            assertThat(f.forecast(hopeless).expectedSlipDays()).isGreaterThanOrEqualTo(1.0);
          }
          // In a chain, every commitment is on the critical path of every trial.
          assertThat(f.forecast(chain).criticality().values()).containsOnly(1.0);
    });
  }
}
