package io.github.mutualplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.CalendarProvider;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.testing.SamplePlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a plan's calendar names become calendars: built-in, registered by the company, or provided. */
class CalendarRegistryExamplesTest {
  static final CalendarId SHUTDOWN = CalendarId.of("acme.shutdown-2027");
  static final WorkCalendar SHUTDOWN_DAYS = WorkCalendar.weekdays()
      .withHolidays(List.of(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)));

  @Test
  void theBuiltInNamesAreWeekdaysAndEveryDay() {
    assertThat(CalendarRegistry.standard().resolve(CalendarId.WEEKDAYS)).isEqualTo(WorkCalendar.weekdays());
    assertThat(CalendarRegistry.standard().resolve(CalendarId.EVERY_DAY)).isEqualTo(WorkCalendar.everyDay());
    assertThat(SamplePlans.healthcareClosingPlan().build().buyerCalendar()).isEqualTo(CalendarId.WEEKDAYS);
  }

  @Test
  void aCompanyCalendarIsRegisteredOnceAndNamedByThePlan() {
    CalendarRegistry calendars = CalendarRegistry.standard().with(SHUTDOWN, SHUTDOWN_DAYS);
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build().withSellerCalendar(SHUTDOWN);

    Schedule schedule = Scheduler.of(ScheduleOptions.defaults().withRegistry(calendars)).schedule(plan);

    assertThat(schedule.calendar(Side.SELLER)).isEqualTo(SHUTDOWN_DAYS);
    assertThat(schedule.calendar(Side.BUYER)).isEqualTo(WorkCalendar.weekdays());
    assertThat(catchThrowableOfType(UnknownCalendarException.class,
        () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan)))
        .hasMessageStartingWith("sellerCalendar: no calendar is named 'acme.shutdown-2027'; known are weekdays,"
            + " every-day");
  }

  @Test
  void aProviderIsAskedOnceForEachNameItKnows() {
    AtomicInteger asked = new AtomicInteger();
    CalendarProvider provider = new CalendarProvider() {
      @Override
      public Optional<WorkCalendar> calendar(CalendarId id) {
        asked.incrementAndGet();
        return id.key().startsWith("acme.") ? Optional.of(SHUTDOWN_DAYS) : Optional.empty();
      }

      @Override
      public String describe() {
        return "Acme's calendars (acme.*)";
      }
    };
    CalendarRegistry calendars = CalendarRegistry.of(List.of(provider));

    assertThat(calendars.resolve(SHUTDOWN)).isEqualTo(SHUTDOWN_DAYS);
    assertThat(calendars.resolve(SHUTDOWN)).isEqualTo(SHUTDOWN_DAYS);
    assertThat(asked).hasValue(1);
    assertThat(calendars.find(CalendarId.of("globex.2027"))).isEmpty();
    assertThat(catchThrowableOfType(UnknownCalendarException.class,
        () -> calendars.resolve(CalendarId.of("globex.2027"))))
        .hasMessage("no calendar is named 'globex.2027'; known are weekdays, every-day; Acme's calendars (acme.*)");
  }

  @Test
  void withoutAnyProviderTheMessageSaysWhereRegionsComeFrom() {
    assertThat(catchThrowableOfType(UnknownCalendarException.class,
        () -> CalendarRegistry.of(List.of()).resolve(CalendarId.of("DE-BY"))))
        .hasMessage("no calendar is named 'DE-BY'; known are weekdays, every-day (no CalendarProvider is installed;"
            + " module mutual-plan-holidays provides public-holiday regions such as DE-BY)");
  }

  @Test
  void aRegisteredCalendarComesBeforeTheBuiltInOnes() {
    CalendarRegistry calendars = CalendarRegistry.standard().with(CalendarId.WEEKDAYS, SHUTDOWN_DAYS);

    assertThat(calendars.resolve(CalendarId.WEEKDAYS)).isEqualTo(SHUTDOWN_DAYS);
    assertThat(calendars).hasToString("CalendarRegistry[weekdays, 0 providers]");
  }
}
