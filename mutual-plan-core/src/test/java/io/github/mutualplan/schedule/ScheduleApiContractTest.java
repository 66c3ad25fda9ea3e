package io.github.mutualplan.schedule;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CalendarId;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.testing.SamplePlans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scheduling API rejects null and its values have value equality; see also {@code CalendarApiContractTest}. */
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
    tester.testAllPublicStaticMethods(ScheduleOptions.class);
    tester.testAllPublicStaticMethods(Scheduler.class);
    tester.testAllPublicInstanceMethods(Scheduler.of(ScheduleOptions.defaults()));
    tester.testAllPublicInstanceMethods(Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN));
  }

  @Test
  void optionsAndSchedulesAreValues() {
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults());
    new EqualsTester()
        .addEqualityGroup(ScheduleOptions.defaults(),
            ScheduleOptions.defaults().withRegistry(CalendarRegistry.standard()))
        .addEqualityGroup(ScheduleOptions.defaults().withRegistry(CalendarRegistry.standard()
            .with(CalendarId.of("acme.shutdown"), WorkCalendar.everyDay())))
        .addEqualityGroup(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays()))
        .addEqualityGroup(scheduler.schedule(PLAN), scheduler.schedule(MutualActionPlan.builder().from(PLAN).build()))
        .addEqualityGroup(scheduler.schedule(PLAN, PLAN.start()))
        .addEqualityGroup(Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay())).schedule(PLAN))
        .testEquals();
  }
}
