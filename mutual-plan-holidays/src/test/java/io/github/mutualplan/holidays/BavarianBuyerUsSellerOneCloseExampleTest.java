package io.github.mutualplan.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A buyer in Munich, a seller in Boston: the plan says so ({@code DE-BY} and {@code US}), and every service
 * that reads it, made with its defaults, schedules each side's steps in that side's public holidays and gives the
 * same close. Nothing asks the caller to repeat the calendars.
 */
class BavarianBuyerUsSellerOneCloseExampleTest {
  static final StakeholderId AE = StakeholderId.of("avery");
  static final StakeholderId CHAMPION = StakeholderId.of("jonas");
  static final StakeholderId CFO = StakeholderId.of("katrin");
  static final LocalDate AS_OF = LocalDate.of(2027, 5, 10);
  static final LocalDate CLOSE = LocalDate.of(2027, 6, 3);

  /**
   * From Monday 3 May 2027: the seller's discovery (5 days, done on Friday 7 May), the buyer's security review
   * (10 days, started on Monday 10 May), then side by side the buyer's legal review (5 days) and the seller's
   * order form (5 days), then the buyer's signature (2 days): the contract-signed milestone closes the deal.
   */
  static MutualActionPlan plan() {
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
        .buyerCalendar(CalendarId.of("DE-BY")) // Bavaria's public holidays
        .sellerCalendar(CalendarId.of("US"))   // the US federal holidays
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

  @Test
  void eachSideWorksItsOwnHolidaysAndEveryServiceClosesOnTheSameDay() {
    MutualActionPlan plan = plan();

    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan, AS_OF);
    // The buyer's security review skips Whit Monday (17 May): 10 to 14 May, then 18 to 24 May.
    assertThat(schedule.commitment(CommitmentId.of("security-review")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2027, 5, 24));
    // The buyer's legal review skips Corpus Christi (Thursday 27 May), a Bavarian holiday: 25 May to 1 June.
    assertThat(schedule.commitment(CommitmentId.of("legal-review")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2027, 6, 1));
    // The seller's order form works on Corpus Christi but not on Memorial Day (31 May): 25 May to 1 June too.
    assertThat(schedule.commitment(CommitmentId.of("order-form")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(schedule.projectedClose()).isEqualTo(CLOSE); // the signature on 2 and 3 June
    assertThat(schedule.calendar(Side.BUYER)).isEqualTo(PublicHolidays.calendar("DE-BY"));
    assertThat(schedule.calendar(Side.SELLER)).isEqualTo(PublicHolidays.calendar("US"));

    RiskReport risk = RiskAssessor.standard().assess(plan, AS_OF);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(plan, AS_OF); // no estimates
    String html = DocumentFormat.HTML.renderer(RenderOptions.defaults()).render(plan, AS_OF);

    assertThat(risk.projectedClose()).contains(CLOSE);
    assertThat(forecast.p50()).isEqualTo(CLOSE);
    assertThat(forecast.closeDays()).containsOnlyKeys(CLOSE); // every one of the 10,000 trials
    assertThat(html).contains("<dt>Projected close</dt><dd>Jun 3, 2027</dd>", "<dt>As of</dt><dd>May 10, 2027</dd>",
        "<tr><td>legal review</td><td></td><td>Jonas Huber</td><td class=\"date\">May 25, 2027</td>"
            + "<td class=\"date\">Jun 1, 2027</td>",
        "<tr><td>Contract signed (closing)</td><td class=\"date\">Jun 30, 2027</td><td class=\"date\">Jun 3, 2027</td>",
        "data-key=\"contract-signed\" data-projected=\"2027-06-03\"");
  }

  @Test
  void onWeekdaysAloneTheSamePlanWouldCloseTwoWorkingDaysEarlier() {
    Schedule weekdays = Scheduler.of(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays()))
        .schedule(plan(), AS_OF);

    assertThat(weekdays.projectedClose()).isEqualTo(LocalDate.of(2027, 6, 1)); // a caller's override wins
    assertThat(Scheduler.of(ScheduleOptions.defaults()).schedule(plan().withBuyerCalendar(CalendarId.WEEKDAYS)
        .withSellerCalendar(CalendarId.WEEKDAYS), AS_OF).projectedClose()).isEqualTo(LocalDate.of(2027, 6, 1));
  }

  @Test
  void aRegionNobodyKnowsFailsEveryServiceWithItsName() {
    MutualActionPlan plan = plan().withBuyerCalendar(CalendarId.of("DE-XX"));

    for (Runnable service : new Runnable[] {
        () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan, AS_OF),
        () -> RiskAssessor.standard().assess(plan, AS_OF),
        () -> Forecaster.of(ForecastOptions.defaults()).forecast(plan, AS_OF),
        () -> DocumentFormat.HTML.renderer(RenderOptions.defaults()).render(plan, AS_OF)}) {
      UnknownCalendarException e = catchThrowableOfType(UnknownCalendarException.class, service::run);
      assertThat(e.calendar()).isEqualTo(CalendarId.of("DE-XX"));
      assertThat(e).hasMessageStartingWith("buyerCalendar: no calendar is named 'DE-XX'; known are weekdays,"
          + " every-day; the public holidays of a country or region by its ISO 3166 code");
    }
  }
}
