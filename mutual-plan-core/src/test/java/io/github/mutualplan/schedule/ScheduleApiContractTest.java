package io.github.mutualplan.schedule;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CalendarId;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.testing.SamplePlans;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scheduling API rejects null and its values have value equality. */
class ScheduleApiContractTest {
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();

  @Test
  void everyEntryPointRejectsNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MutualActionPlan.class, PLAN)
        .setDefault(ScheduleOptions.class, ScheduleOptions.defaults())
        .setDefault(WorkCalendar.class, WorkCalendar.weekdays())
        .setDefault(CommitmentId.class, CommitmentId.of("discovery"))
        .setDefault(MilestoneId.class, MilestoneId.of("contract-signed"))
        .setDefault(LocalDate.class, PLAN.start())
        .setDefault(Side.class, Side.BUYER)
        .setDefault(CalendarId.class, CalendarId.WEEKDAYS)
        .setDefault(CalendarRegistry.class, CalendarRegistry.standard());
    tester.testAllPublicStaticMethods(WorkCalendar.class);
    tester.testAllPublicStaticMethods(ScheduleOptions.class);
    tester.testAllPublicStaticMethods(Scheduler.class);
    tester.testAllPublicStaticMethods(CalendarRegistry.class);
    tester.testAllPublicInstanceMethods(CalendarRegistry.standard());
    tester.testAllPublicInstanceMethods(WorkCalendar.weekdays());
    tester.testAllPublicInstanceMethods(WorkCalendar.weekdays().withHolidays(List.of(PLAN.start())));
    tester.testAllPublicInstanceMethods(Scheduler.of(ScheduleOptions.defaults()));
    tester.testAllPublicInstanceMethods(Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN));
  }

  @Test
  void calendarsOptionsAndSchedulesAreValues() {
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults());
    new EqualsTester()
        .addEqualityGroup(WorkCalendar.weekdays(), WorkCalendar.of(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of()))
        .addEqualityGroup(WorkCalendar.everyDay())
        .addEqualityGroup(WorkCalendar.weekdays().withHolidays(List.of(PLAN.start())))
        .addEqualityGroup(ScheduleOptions.defaults(),
            ScheduleOptions.defaults().withRegistry(CalendarRegistry.standard()))
        .addEqualityGroup(ScheduleOptions.defaults().withRegistry(CalendarRegistry.standard()
            .with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay())))
        .addEqualityGroup(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays()))
        .addEqualityGroup(CalendarRegistry.standard())
        .addEqualityGroup(CalendarRegistry.standard().with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay()),
            CalendarRegistry.standard().with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay()))
        .addEqualityGroup(scheduler.schedule(PLAN), scheduler.schedule(MutualActionPlan.builder().from(PLAN).build()))
        .addEqualityGroup(scheduler.schedule(PLAN, PLAN.start()))
        .addEqualityGroup(Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay())).schedule(PLAN))
        .testEquals();
  }
}
