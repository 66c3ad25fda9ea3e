package io.github.mutualplan.testing;

import static io.github.mutualplan.testing.MutualPlanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleConflict;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The assertions pass on what holds, and fail with a short message that shows the part that matters. */
class MutualPlanAssertionsTest {
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  static final Schedule SCHEDULE = Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN);

  /** The message of the assertion that fails, which must fail. */
  static String failure(Runnable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion::run);
    assertThat(error).as("the assertion fails").isNotNull();
    return error.getMessage();
  }

  @Test
  void aPlanIsCheckedItemByItem() {
    assertThat(PLAN).isValid().hasCommitment("security-questionnaire").doesNotHaveCommitment("nothing")
        .hasStatus(PlanStatus.DRAFT).isOfKind(PlanKind.CLOSING_PLAN);

    String missing = failure(() -> assertThat(PLAN).hasCommitment("securty-review"));
    assertThat(missing).startsWith("Expecting plan 'northwind-claims-2027' (version 1) to have the commitment"
        + " 'securty-review', but its").contains("'security-questionnaire'").hasSizeLessThan(1_000);
    assertThat(failure(() -> assertThat(PLAN).hasStatus(PlanStatus.AGREED)))
        .isEqualTo("Expecting plan 'northwind-claims-2027' (version 1) to be AGREED, but it is DRAFT");
    assertThat(failure(() -> assertThat(PLAN).buyerViewHasNoInternalItem()))
        .contains("to be a MUTUAL_ACTION_PLAN, but it is a CLOSING_PLAN");
  }

  @Test
  void aLongPlanIsShownByItsFirstKeysNotWhole() {
    MutualActionPlan large = LongStream.range(0, 500).mapToObj(PlanSamplers.plans(500).bySeed())
        .filter(p -> p.commitments().size() > 100).findFirst().orElseThrow();

    assertThat(failure(() -> assertThat(large).hasCommitment("nothing-like-it")))
        .contains("... and " + (large.commitments().size() - Shown.MOST) + " more]").hasSizeLessThan(1_000);
  }

  @Test
  void aScheduleIsCheckedByItsCloseAndItsCriticalPath() {
    String first = SCHEDULE.criticalPath().get(0).key();
    assertThat(SCHEDULE).hasProjectedClose(SCHEDULE.projectedClose()).isOnCriticalPath(first)
        .hasSlack(first, SCHEDULE.commitment(SCHEDULE.criticalPath().get(0)).get().totalSlack());

    assertThat(failure(() -> assertThat(SCHEDULE).hasProjectedClose(LocalDate.of(2020, 1, 1))))
        .startsWith("Expecting the schedule of plan 'northwind-claims-2027' (version 1) to close on 2020-01-01, but"
            + " it closes on " + SCHEDULE.projectedClose()).contains("critical path ['" + first + "'");
    assertThat(failure(() -> assertThat(SCHEDULE).isOnCriticalPath("nothing")))
        .contains("to schedule 'nothing', but it has no such commitment");
    assertThat(failure(() -> assertThat(SCHEDULE).hasConflict(ScheduleConflict.Kind.DUE_DATE_MISSED, first)))
        .contains("to have a DUE_DATE_MISSED conflict on '" + first + "', but its conflicts are");
  }

  @Test
  void aHistoryIsCheckedByItsVersionsAndItsSignOffs() {
    PlanHistory agreed = SamplePlans.agreedHistory(PlanEditor.standard(), Instant.parse("2027-01-20T10:00:00Z"));

    assertThat(agreed).isAtVersion(agreed.current().version()).hasEvents(agreed.events().size())
        .hasNoStaleSignOffs().replaysTo(agreed.current());
    assertThat(failure(() -> assertThat(agreed).isAtVersion(99))).contains("to be at version 99, but it is at "
        + agreed.current().version() + "; its events are [");
    assertThat(failure(() -> assertThat(agreed).replaysTo(agreed.first())))
        .contains("to replay to plan 'northwind-claims-2027' at version 1");
  }

  @Test
  void aReportAndAForecastAreCheckedByWhatTheyFound() {
    RiskReport report = RiskAssessor.standard().assess(PLAN, SamplePlans.START.plusDays(30));
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults().withTrials(500)).forecast(PLAN);

    assertThat(report).hasNoFinding("no-champion").hasHealthAtLeast(0);
    assertThat(failure(() -> assertThat(report).hasFinding("my-own-rule")))
        .contains("to have a finding of 'my-own-rule', but its findings are of [");
    assertThat(forecast).closesByTargetWithProbabilityAtLeast(0).hasP50OnOrBefore(forecast.p50());
    assertThat(failure(() -> assertThat(forecast).hasP50OnOrBefore(LocalDate.of(2020, 1, 1))))
        .contains("500 trials; P50 " + forecast.p50());
  }
}
