package io.github.mutualplan.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A US seller and a German buyer: each side's commitments count in its own working days, so the buyer's
 * steps skip Easter and Christmas while the seller's do not.
 */
class GermanBuyerExampleTest {
  static final StakeholderId AE = StakeholderId.of("ae");
  static final StakeholderId PROCUREMENT = StakeholderId.of("procurement");
  static final Scheduler SCHEDULER =
      Scheduler.of(ScheduleOptions.of(PublicHolidays.calendar("DE"), PublicHolidays.calendar("US")));

  static MutualActionPlan plan(LocalDate start, Commitment... commitments) {
    return MutualActionPlan.builder()
        .id(PlanId.of("muenchen-logistik"))
        .title("Logistik GmbH: fleet analytics")
        .deal(Deal.of("Logistik GmbH", Money.of("90000", "EUR")))
        .sellerOrganization("Acme Inc.")
        .buyerOrganization("Logistik GmbH")
        .start(start)
        .targetClose(start.plusDays(60))
        .zone(ZoneId.of("Europe/Berlin"))
        .sellerOwner(AE)
        .addStakeholders(
            Stakeholder.builder().id(AE).side(Side.SELLER).name("Avery").addRole(Role.ACCOUNT_EXECUTIVE).build(),
            Stakeholder.builder().id(PROCUREMENT).side(Side.BUYER).name("Jonas").addRole(Role.PROCUREMENT).build())
        .addCommitments(commitments)
        .build();
  }

  static Commitment step(String id, Side side, int days, String... dependsOn) {
    Commitment.Builder c = Commitment.builder().id(CommitmentId.of(id)).title(id).owingSide(side).durationDays(days)
        .addResponsibility(Responsibility.accountable(side == Side.BUYER ? PROCUREMENT : AE));
    for (String d : dependsOn) {
      c.addDependsOn(CommitmentId.of(d));
    }
    return c.build();
  }

  @Test
  void theBuyersStepsSkipEasterAndTheSellersDoNot() {
    // Easter 2028: Good Friday 14 April, Easter Monday 17 April; both German public holidays, neither American.
    LocalDate thursday = LocalDate.of(2028, 4, 13);
    Schedule schedule = SCHEDULER.schedule(plan(thursday,
        step("vendor-registration", Side.BUYER, 3),
        step("security-questionnaire", Side.SELLER, 3)));

    assertThat(schedule.commitment(CommitmentId.of("vendor-registration")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2028, 4, 19)); // Thursday, then Tuesday and Wednesday
    assertThat(schedule.commitment(CommitmentId.of("security-questionnaire")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2028, 4, 17)); // Thursday, Friday, Monday
  }

  @Test
  void aBuyerStepOverChristmasWaitsForTheHolidaysAndTheSellerFollowsOnItsNextWorkingDay() {
    // Christmas 2028: Monday 25 and Tuesday 26 December are German public holidays; 25 December is American.
    LocalDate friday = LocalDate.of(2028, 12, 22);
    Schedule schedule = SCHEDULER.schedule(plan(friday,
        step("legal-review", Side.BUYER, 2),
        step("countersignature", Side.SELLER, 1, "legal-review")));

    assertThat(schedule.commitment(CommitmentId.of("legal-review")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2028, 12, 27)); // Friday, then Wednesday
    assertThat(schedule.commitment(CommitmentId.of("countersignature")).get().earlyStart())
        .isEqualTo(LocalDate.of(2028, 12, 28));
    assertThat(schedule.projectedClose()).isEqualTo(LocalDate.of(2028, 12, 28));
  }

  @Test
  void aPlanThatNamesItsCalendarsIsScheduledInThemByEveryDefaultService() {
    LocalDate thursday = LocalDate.of(2028, 4, 13);
    MutualActionPlan plan = plan(thursday, step("vendor-registration", Side.BUYER, 3),
        step("security-questionnaire", Side.SELLER, 3))
        .withBuyerCalendar(CalendarId.of("DE"))
        .withSellerCalendar(CalendarId.of("US"));

    Schedule byName = Scheduler.of(ScheduleOptions.defaults()).schedule(plan);

    assertThat(byName.commitment(CommitmentId.of("vendor-registration")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2028, 4, 19));
    assertThat(byName.calendar(Side.BUYER)).isEqualTo(PublicHolidays.calendar("DE"));
    assertThat(byName.calendar(Side.SELLER)).isEqualTo(PublicHolidays.calendar("US"));
    // The caller may still override them, for every plan.
    assertThat(Scheduler.of(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays())).schedule(plan)
        .commitment(CommitmentId.of("vendor-registration")).get().earlyFinish())
        .isEqualTo(LocalDate.of(2028, 4, 17));
  }

  @Test
  void aCalendarNobodyKnowsIsRefusedWithItsNameAndWhatIsKnown() {
    MutualActionPlan plan = plan(LocalDate.of(2028, 4, 13), step("vendor-registration", Side.BUYER, 3))
        .withBuyerCalendar(CalendarId.of("XX-YY"));

    UnknownCalendarException e = catchThrowableOfType(UnknownCalendarException.class,
        () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan));

    assertThat(e.calendar()).isEqualTo(CalendarId.of("XX-YY"));
    assertThat(e).hasMessage("buyerCalendar: no calendar is named 'XX-YY'; known are weekdays, every-day; the"
        + " public holidays of a country or region by its ISO 3166 code, such as US, GB, DE-BY or US-NY"
        + " (mutual-plan-holidays)");
  }
}
