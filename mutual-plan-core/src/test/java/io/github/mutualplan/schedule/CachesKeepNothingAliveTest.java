package io.github.mutualplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.engine.PlanGraph;
import io.github.mutualplan.engine.Workdays;
import io.github.mutualplan.testing.SamplePlans;
import java.lang.ref.WeakReference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the library keeps between calls keeps nothing of the caller's alive: once a program lets go of a
 * calendar or a plan, it can be collected, and with a calendar the class loader of its class (a web
 * application's, after a redeploy).
 */
class CachesKeepNothingAliveTest {
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  @Test
  void aCalendarNoLongerUsedCanBeCollected() throws InterruptedException {
    assertCollected(scheduleOnACalendarOfOurOwn());
  }

  @Test
  void aLargePlanNoLongerUsedCanBeCollectedThoughItKeptItsGraph() throws InterruptedException {
    assertCollected(scheduleALargePlan());
  }

  /** Schedules a plan on a calendar of the program's own class, and keeps nothing of it but a weak reference. */
  private static WeakReference<WorkCalendar> scheduleOnACalendarOfOurOwn() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    WorkCalendar shutdown = new CompanyCalendar(LocalDate.of(2027, 12, 27));

    Schedule schedule = Scheduler.of(ScheduleOptions.of(shutdown, shutdown)).schedule(plan);

    assertThat(schedule.calendar(Side.SELLER)).isSameAs(shutdown);
    // An equal calendar is answered from the same working days.
    assertThat(new Workdays(new CompanyCalendar(LocalDate.of(2027, 12, 27)), (int) plan.start().toEpochDay())
        .isWorking((int) LocalDate.of(2027, 12, 27).toEpochDay())).isFalse();
    return new WeakReference<>(shutdown);
  }

  /** Schedules a plan large enough to keep its graph, and keeps nothing of it but a weak reference. */
  private static WeakReference<MutualActionPlan> scheduleALargePlan() {
    String[] specs = new String[PlanGraph.KEPT_FROM];
    specs[0] = "c0:1";
    for (int i = 1; i < specs.length; i++) {
      specs[i] = "c" + i + ":1<c" + (i - 1);
    }
    MutualActionPlan plan = Plans.network(MONDAY, MONDAY.plusYears(1), specs).build();

    Scheduler.of(ScheduleOptions.defaults()).schedule(plan);

    assertThat(PlanGraph.of(plan)).as("kept").isSameAs(PlanGraph.of(plan));
    return new WeakReference<>(plan);
  }

  /** Asks the collector, for up to 30 seconds, to collect what the reference refers to. */
  private static void assertCollected(WeakReference<?> reference) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (reference.get() != null && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(reference.get()).as("held by nothing but the library's caches").isNull();
  }

  /** A company's own calendar: Monday to Friday but its shutdown day. Equal when the day is. */
  static final class CompanyCalendar implements WorkCalendar {
    private final LocalDate shutdown;

    CompanyCalendar(LocalDate shutdown) {
      this.shutdown = shutdown;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return !date.equals(shutdown) && date.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CompanyCalendar && shutdown.equals(((CompanyCalendar) other).shutdown);
    }

    @Override
    public int hashCode() {
      return shutdown.hashCode();
    }
  }
}
