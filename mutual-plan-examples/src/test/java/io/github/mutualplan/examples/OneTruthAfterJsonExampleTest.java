package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A plan with a buyer in Munich ({@code DE-BY}) and a seller in Boston ({@code US}) is stored as JSON and read
 * back by another service: the calendar names travel with it, so the service that reads it, made with its
 * defaults, gives the same close as the one that wrote it (3 June 2027, as of 10 May), from every service.
 */
class OneTruthAfterJsonExampleTest {
  static final StakeholderId AE = StakeholderId.of("avery");
  static final StakeholderId CHAMPION = StakeholderId.of("jonas");
  static final StakeholderId CFO = StakeholderId.of("katrin");
  static final LocalDate AS_OF = LocalDate.of(2027, 5, 10);
  static final LocalDate CLOSE = LocalDate.of(2027, 6, 3);
  static final PlanJson JSON = PlanJson.standard();

  /** As in mutual-plan-holidays' BavarianBuyerUsSellerOneCloseExampleTest, on weekdays until the sides say. */
  static MutualActionPlan planOnWeekdays() {
    return MutualActionPlan.builder()
        .id(PlanId.of("muenchen-fleet-2027"))
        .title("Flotte München GmbH: fleet analytics")
        .deal(Deal.of("Flotte München GmbH", Money.of("120000", "EUR")))
        .sellerOrganization("Acme Inc.")
        .buyerOrganization("Flotte München GmbH")
        .start(LocalDate.of(2027, 5, 3))
        .targetClose(LocalDate.of(2027, 6, 30))
        .zone(ZoneId.of("Europe/Berlin"))
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .sellerOwner(AE)
        .buyerCoOwner(CHAMPION)
        .addStakeholders(
            Stakeholder.builder().id(AE).side(Side.SELLER).name("Avery Stone").addRole(Role.ACCOUNT_EXECUTIVE).build(),
            Stakeholder.builder().id(CHAMPION).side(Side.BUYER).name("Jonas Huber").addRole(Role.CHAMPION).build(),
            Stakeholder.builder().id(CFO).side(Side.BUYER).name("Katrin Maier").addRole(Role.ECONOMIC_BUYER).build())
        .addMilestone(Milestone.builder().id(MilestoneId.of("contract-signed")).name("Contract signed")
            .targetDate(LocalDate.of(2027, 6, 30)).closing(true).build())
        .addCommitments(
            step("discovery", Side.SELLER, 5).status(CommitmentStatus.DONE).completedOn(LocalDate.of(2027, 5, 7))
                .build(),
            step("security-review", Side.BUYER, 10, "discovery").status(CommitmentStatus.IN_PROGRESS)
                .start(LocalDate.of(2027, 5, 10)).build(),
            step("legal-review", Side.BUYER, 5, "security-review").build(),
            step("order-form", Side.SELLER, 5, "security-review").build(),
            step("signature", Side.BUYER, 2, "legal-review", "order-form")
                .milestone(MilestoneId.of("contract-signed")).build())
        .build();
  }

  static Commitment.Builder step(String id, Side side, int days, String... dependsOn) {
    Commitment.Builder c = Commitment.builder().id(CommitmentId.of(id)).title(id.replace('-', ' ')).owingSide(side)
        .durationDays(days).addResponsibility(Responsibility.accountable(side == Side.BUYER ? CHAMPION : AE));
    for (String d : dependsOn) {
      c.addDependsOn(CommitmentId.of(d));
    }
    return c;
  }

  /** Every default service's close for a plan, as of the day: they must all be one. */
  static void assertEveryServiceClosesOn(MutualActionPlan plan, PlanHistory history, LocalDate close) {
    assertThat(Scheduler.of(ScheduleOptions.defaults()).schedule(plan, AS_OF).projectedClose()).isEqualTo(close);
    assertThat(RiskAssessor.standard().assess(plan, AS_OF).projectedClose()).contains(close);
    assertThat(RiskAssessor.standard().assess(history, AS_OF).projectedClose()).contains(close);
    assertThat(Forecaster.of(ForecastOptions.defaults()).forecast(plan, AS_OF).closeDays()).containsOnlyKeys(close);
    assertThat(DocumentFormat.HTML.renderer(RenderOptions.defaults()).render(plan, AS_OF))
        .contains("<dt>Projected close</dt><dd>" + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).format(close) + "</dd>",
            "data-projected=\"" + close + "\"");
  }

  @Test
  void aPlanReadBackFromJsonClosesOnTheSameDayInEveryService() {
    MutualActionPlan plan = planOnWeekdays().withBuyerCalendar(CalendarId.of("DE-BY"))
        .withSellerCalendar(CalendarId.of("US"));
    assertEveryServiceClosesOn(plan, PlanHistory.of(plan), CLOSE);

    String stored = JSON.write(plan).text();
    MutualActionPlan read = JSON.readPlan(JsonSource.of(stored));

    assertThat(stored).contains("\"buyerCalendar\": \"DE-BY\",\n    \"sellerCalendar\": \"US\",\n");
    assertThat(read).isEqualTo(plan);
    assertEveryServiceClosesOn(read, PlanHistory.of(read), CLOSE);
  }

  @Test
  void eachSideNamesItsCalendarInTheHistoryAndTheHistoryReadBackClosesOnTheSameDay() {
    PlanHistory history = PlanHistory.of(planOnWeekdays());
    assertEveryServiceClosesOn(history.current(), history, LocalDate.of(2027, 6, 1)); // on weekdays

    PlanEditor editor = PlanEditor.standard();
    history = editor.apply(history, PlanChange.setCalendar(Side.BUYER, CalendarId.of("DE-BY")), CHAMPION,
        Instant.parse("2027-05-03T08:00:00Z"));
    history = editor.apply(history, PlanChange.setCalendar(Side.SELLER, CalendarId.of("US")), AE,
        Instant.parse("2027-05-03T14:00:00Z"));
    assertEveryServiceClosesOn(history.current(), history, CLOSE);

    // replayed as live edits, which verifies them
    PlanHistory read = JSON.readHistory(JsonSource.of(JSON.write(history).text()));

    assertThat(read).isEqualTo(history);
    assertThat(read.current().buyerCalendar()).isEqualTo(CalendarId.of("DE-BY"));
    assertThat(read.current().sellerCalendar()).isEqualTo(CalendarId.of("US"));
    assertEveryServiceClosesOn(read.current(), read, CLOSE);
    assertEveryServiceClosesOn(read.first(), PlanHistory.of(read.first()), LocalDate.of(2027, 6, 1));
  }
}
