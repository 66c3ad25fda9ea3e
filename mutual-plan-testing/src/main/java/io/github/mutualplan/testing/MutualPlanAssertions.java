package io.github.mutualplan.testing;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;

/**
 * AssertJ assertions for plans, schedules, histories, risk reports and forecasts, whose failures show the part
 * of the plan that matters (the commitments' keys, the critical path, the findings' rules), never a whole plan.
 * Import statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static io.github.mutualplan.testing.MutualPlanAssertions.assertThat;
 *
 * assertThat(plan).isValid().hasCommitment("security-review").buyerViewHasNoInternalItem();
 * assertThat(schedule).hasProjectedClose(LocalDate.of(2027, 6, 30)).isOnCriticalPath("security-review");
 * assertThat(history).isAtVersion(8).replaysTo(plan);
 * assertThat(report).hasFinding("no-champion").hasHealthAtLeast(60);
 * assertThat(forecast).closesByTargetWithProbabilityAtLeast(0.8);
 * }</pre>
 *
 * <p>The class keeps no state and is safe to use from any thread; each assertion it returns is for one thread,
 * as AssertJ's are.
 *
 * @since 0.1.0
 */
public final class MutualPlanAssertions {
  private MutualPlanAssertions() {}

  /** Assertions on a plan. */
  public static PlanAssert assertThat(MutualActionPlan actual) {
    return new PlanAssert(actual);
  }

  /** Assertions on a schedule. */
  public static ScheduleAssert assertThat(Schedule actual) {
    return new ScheduleAssert(actual);
  }

  /** Assertions on a history. */
  public static HistoryAssert assertThat(PlanHistory actual) {
    return new HistoryAssert(actual);
  }

  /** Assertions on a risk report. */
  public static RiskReportAssert assertThat(RiskReport actual) {
    return new RiskReportAssert(actual);
  }

  /** Assertions on a forecast. */
  public static ForecastAssert assertThat(CloseForecast actual) {
    return new ForecastAssert(actual);
  }
}
