package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan at the edges of {@link PlanLimits} is a plan like any other: every service finishes on it. Only a
 * timeline of thousands of years, which takes thousands of the longest commitments one after the other, is
 * refused by the scheduler.
 */
class LimitsExamplesTest {
  static final StakeholderId ALEX = StakeholderId.of("alex");
  static final StakeholderId MARIA = StakeholderId.of("maria");

  /**
   * A shared plan starting on the given day, with a chain of commitments of the longest duration and estimate,
   * every date as late as a plan allows, the longest names and texts, and a version and amount at their limits.
   */
  static MutualActionPlan atTheLimits(LocalDate start, int commitments) {
    LocalDate last = PlanLimits.latestDateOf(start);
    int days = PlanLimits.MAX_DURATION_DAYS;
    List<Commitment> chain = new ArrayList<>();
    for (int i = 0; i < commitments; i++) {
      Commitment.Builder c = Commitment.builder().id(CommitmentId.of("step-" + i))
          .title("S".repeat(PlanLimits.MAX_NAME_LENGTH)).owingSide(i % 2 == 0 ? Side.SELLER : Side.BUYER)
          .durationDays(days).estimate(DurationEstimate.of(days, days, days)).due(last)
          .note("n\n\t".repeat(PlanLimits.MAX_TEXT_LENGTH / 3))
          .addResponsibility(Responsibility.accountable(i % 2 == 0 ? ALEX : MARIA));
      if (i > 0) {
        c.addDependsOn(CommitmentId.of("step-" + (i - 1)));
      }
      if (i == commitments - 1) {
        c.milestone(MilestoneId.of("signed"));
      }
      chain.add(c.build());
    }
    return MutualActionPlan.builder().id(PlanId.of("limits")).title("T".repeat(PlanLimits.MAX_NAME_LENGTH))
        .deal(Deal.of("Account", Money.of("9".repeat(PlanLimits.MAX_DECIMAL_DIGITS - 2), "USD")))
        .sellerOrganization("Seller").buyerOrganization("Buyer").start(start).targetClose(last)
        .zone(ZoneId.of("Pacific/Kiritimati")).kind(PlanKind.MUTUAL_ACTION_PLAN).status(PlanStatus.AGREED)
        .sellerOwner(ALEX).buyerCoOwner(MARIA).version(PlanLimits.MAX_VERSION)
        .addStakeholder(Stakeholder.builder().id(ALEX).side(Side.SELLER).name("Alex").build())
        .addStakeholder(Stakeholder.builder().id(MARIA).side(Side.BUYER).name("Maria")
            .addRoles(Role.CHAMPION, Role.ECONOMIC_BUYER).build())
        .addMilestone(Milestone.builder().id(MilestoneId.of("signed")).name("Signed").targetDate(last).closing(true)
            .build())
        .addSignOff(SignOff.of(ALEX, Instant.parse("2999-12-31T23:59:59Z"), PlanLimits.MAX_VERSION))
        .addSignOff(SignOff.of(MARIA, Instant.parse("1900-01-01T00:00:00Z"), PlanLimits.MAX_VERSION))
        .commitments(chain)
        .build();
  }

  @Test
  void everyServiceFinishesOnAPlanAtItsLimits() {
    for (LocalDate start : List.of(PlanLimits.EARLIEST_DATE, PlanLimits.LATEST_DATE)) {
      MutualActionPlan plan = atTheLimits(start, 30);
      for (LocalDate asOf : List.of(PlanLimits.EARLIEST_DATE, PlanLimits.LATEST_DATE)) {
        Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan, asOf);
        // Thirty commitments of ten years each, one after the other: three centuries after the later of the two.
        LocalDate from = start.isAfter(asOf) ? start : asOf;
        assertThat(schedule.projectedClose()).isAfter(from.plusYears(290)).isBefore(from.plusYears(320));
        RiskReport risk = RiskAssessor.standard().assess(plan, asOf);
        assertThat(risk.healthScore()).isBetween(0, 100);
        for (DocumentFormat format : DocumentFormat.values()) {
          for (Audience audience : Audience.values()) {
            assertThat(format.renderer(RenderOptions.defaults().withAudience(audience)).render(plan, asOf))
                .isNotEmpty();
          }
        }
      }
      CloseForecast forecast = Forecaster.of(ForecastOptions.defaults().withTrials(200)).forecast(plan);
      assertThat(forecast.probabilityByTarget()).isZero();
      PortfolioReport portfolio = PortfolioAnalyzer.of(RiskAssessor.standard()).analyze(List.of(plan), start);
      assertThat(portfolio.results()).hasSize(1);
    }
  }

  @Test
  void aTimelineOfThousandsOfYearsIsRefusedByTheScheduler() {
    MutualActionPlan plan = atTheLimits(LocalDate.of(2027, 1, 4), 2_000);

    ScheduleException e = catchThrowableOfType(ScheduleException.class,
        () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan));

    assertThat(e).hasMessage("the timeline would run for thousands of years: the plan's durations add up to more"
        + " than a schedule holds");
  }

  @Test
  void noTextHoldsAControlCharacterAndMessagesQuoteWhatTheyRefuseEscaped() {
    MutualActionPlan plan = atTheLimits(LocalDate.of(2027, 1, 4), 1);
    Stakeholder alex = plan.stakeholder(ALEX).orElseThrow();

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, () -> MutualActionPlan.builder()
        .from(plan).title("Northwind \u202egnirud\u202c")
        .stakeholders(List.of(alex.withEmail("alex\u0000@example.com"), plan.stakeholder(MARIA).orElseThrow()))
        .build());

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "title: holds the bidirectional control U+202E at character 11; a name is one line",
        "stakeholders[alex].email: holds the control character U+0000 at character 5; a name is one line");
    PlanValidationException key = catchThrowableOfType(PlanValidationException.class,
        () -> CommitmentId.of("\u001b[2J" + "x".repeat(10_000)));
    assertThat(key.getMessage()).hasSizeLessThan(250).doesNotContain("\u001b")
        .contains("'\\u001b[2Jxxxxxxxxxx", "... (10004 characters) is not valid");
  }

  @Test
  void anAsOfDayOutsideTheYearsOfAPlanIsRefused() {
    MutualActionPlan plan = atTheLimits(PlanLimits.LATEST_DATE, 1);
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan, LocalDate.MAX)))
        .hasMessage("asOf: +999999999-12-31 is not from 1900-01-01 to 2999-12-31");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> RiskAssessor.standard().assess(plan, LocalDate.of(3000, 1, 1))))
        .hasMessage("asOf: 3000-01-01 is not from 1900-01-01 to 2999-12-31");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> Forecaster.of(ForecastOptions.defaults()).forecast(plan, LocalDate.of(1899, 12, 31))))
        .hasMessage("asOf: 1899-12-31 is not from 1900-01-01 to 2999-12-31");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> DocumentFormat.HTML.renderer(RenderOptions.defaults()).render(plan, LocalDate.of(1899, 12, 31))))
        .hasMessage("asOf: 1899-12-31 is not from 1900-01-01 to 2999-12-31");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> PortfolioAnalyzer.of(RiskAssessor.standard()).analyze(List.of(plan), LocalDate.of(3000, 1, 1))))
        .hasMessage("asOf: 3000-01-01 is not from 1900-01-01 to 2999-12-31");
  }
}
