package io.github.mutualplan.calendar;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CalendarId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.testing.SamplePlans;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendar API rejects null and its values have value equality. */
class CalendarApiContractTest {
  private static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();

  @Test
  void everyEntryPointRejectsNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MutualActionPlan.class, PLAN)
        .setDefault(WorkCalendar.class, WorkCalendar.weekdays())
        .setDefault(LocalDate.class, PLAN.start())
        .setDefault(Side.class, Side.BUYER)
        .setDefault(CalendarId.class, CalendarId.WEEKDAYS);
    tester.testAllPublicStaticMethods(WorkCalendar.class);
    tester.testAllPublicStaticMethods(CalendarRegistry.class);
    tester.testAllPublicInstanceMethods(CalendarRegistry.standard());
    tester.testAllPublicInstanceMethods(WorkCalendar.weekdays());
    tester.testAllPublicInstanceMethods(WorkCalendar.weekdays().withHolidays(List.of(PLAN.start())));
  }

  @Test
  void calendarsAndRegistriesAreValues() {
    new EqualsTester()
        .addEqualityGroup(WorkCalendar.weekdays(),
            WorkCalendar.of(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of()))
        .addEqualityGroup(WorkCalendar.everyDay())
        .addEqualityGroup(WorkCalendar.weekdays().withHolidays(List.of(PLAN.start())))
        .addEqualityGroup(CalendarRegistry.standard())
        .addEqualityGroup(CalendarRegistry.standard().with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay()),
            CalendarRegistry.standard().with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay()))
        .testEquals();
  }
}
