package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskPolicy;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.CalendarSamplers.World;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * One truth survives storage: a plan or a history written as JSON and read back names the same calendars and,
 * with the same registry, gives the same schedule as of the same day. Over plans naming generated calendars
 * ({@link CalendarSamplers}); histories add random changes by permitted people, a quarter of them setting a
 * side's calendar to a registered name.
 */
class OneTruthJsonPropertiesTest {
  private static final PlanJson JSON = PlanJson.standard();

  /** A world and a history of its first plan. */
  record Case(World world, PlanHistory history) {
    @Override
    public String toString() {
      return world + ", history of " + history.events().size() + " events to version " + history.current().version()
          + ": " + history.events();
    }
  }

  /** Histories of a world's first plan: up to {@code maxSteps} changes ({@link CalendarSamplers#history}). */
  static Gen<Case> histories(int maxSteps) {
    Gen<World> worlds = Gens.of(CalendarSamplers.worlds(1, 30));
    return in -> {
      World world = worlds.generate(in);
      return new Case(world, CalendarSamplers.history(Gens.draw(in), world.plan(), maxSteps));
    };
  }

  @Test
  void aPlanReadBackNamesTheSameCalendarsAndHasTheSameSchedule() {
    qt().withExamples(200).forAll(Gens.of(CalendarSamplers.worlds(2, 40))).checkAssert(world -> {
      Scheduler scheduler = Scheduler.of(world.options());
      for (MutualActionPlan plan : world.plans()) {
        String json = JSON.write(plan).text();
        MutualActionPlan read = JSON.readPlan(JsonSource.of(json));

        assertThat(json).contains("  \"version\": 3,\n", "\"buyerCalendar\": \"" + plan.buyerCalendar().key() + "\"",
            "\"sellerCalendar\": \"" + plan.sellerCalendar().key() + "\"");
        assertThat(read).isEqualTo(plan);
        assertThat(read.buyerCalendar()).isEqualTo(plan.buyerCalendar());
        assertThat(read.sellerCalendar()).isEqualTo(plan.sellerCalendar());
        Schedule schedule = scheduler.schedule(plan, world.asOf());
        assertThat(scheduler.schedule(read, world.asOf())).isEqualTo(schedule);
        assertSameSchedule(scheduler.schedule(read, world.asOf()), schedule);
      }
    });
  }

  @Test
  void aHistoryReadBackNamesTheSameCalendarsAndHasTheSameScheduleInEveryVersion() {
    qt().withExamples(60).forAll(histories(20)).checkAssert(c -> {
      PlanHistory history = c.history();
      LocalDate asOf = c.world().asOf();
      Scheduler scheduler = Scheduler.of(c.world().options());

      PlanHistory read = JSON.readHistory(JsonSource.of(JSON.write(history).text()));

      assertThat(read).isEqualTo(history);
      for (long v = history.first().version(); v <= history.current().version(); v++) {
        MutualActionPlan before = history.version(v);
        MutualActionPlan after = read.version(v);
        assertThat(after.buyerCalendar()).as("version %s", v).isEqualTo(before.buyerCalendar());
        assertThat(after.sellerCalendar()).as("version %s", v).isEqualTo(before.sellerCalendar());
        Schedule schedule = scheduler.schedule(before, asOf);
        assertThat(scheduler.schedule(after, asOf)).as("version %s", v).isEqualTo(schedule);
        assertSameSchedule(scheduler.schedule(after, asOf), schedule);
      }
      for (PlanEvent event : history.events()) {
        assertThat(JSON.readEvent(JsonSource.of(JSON.write(event).text()))).isEqualTo(event);
      }
      RiskAssessor assessor = RiskAssessor.of(RiskAssessor.builtInRules(), RiskPolicy.defaults(), c.world().options());
      assertThat(assessor.assess(read, asOf)).isEqualTo(assessor.assess(history, asOf));
    });
  }

  @Test
  void aVersion1DocumentNamesNoCalendarsAndIsReadWithWeekdaysOnBothSides() throws Exception {
    MutualActionPlan plan;
    try (InputStream fixture = getClass().getResourceAsStream("/format/v1/plan.json")) {
      plan = JSON.readPlan(JsonSource.of(fixture));
    }

    assertThat(plan.buyerCalendar()).isEqualTo(CalendarId.WEEKDAYS);
    assertThat(plan.sellerCalendar()).isEqualTo(CalendarId.WEEKDAYS);
    // Scheduled as it always was: Monday to Friday on both sides.
    LocalDate asOf = LocalDate.of(2027, 2, 1);
    assertSameSchedule(Scheduler.of(ScheduleOptions.defaults()).schedule(plan, asOf),
        Scheduler.of(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays())).schedule(plan, asOf));
    // Written again, it is a version 2 document that says so.
    assertThat(JSON.write(plan).text()).contains("  \"version\": 3,\n",
        "    \"buyerCalendar\": \"weekdays\",\n    \"sellerCalendar\": \"weekdays\",\n");
  }

  /** The same dates: close, slack, each commitment's dates and slack, critical path, conflicts, calendars. */
  static void assertSameSchedule(Schedule actual, Schedule expected) {
    assertThat(actual.projectedClose()).isEqualTo(expected.projectedClose());
    assertThat(actual.closeSlack()).isEqualTo(expected.closeSlack());
    assertThat(actual.asOf()).isEqualTo(expected.asOf());
    assertThat(actual.commitments()).containsExactlyElementsOf(expected.commitments());
    assertThat(actual.criticalPath()).isEqualTo(expected.criticalPath());
    assertThat(actual.conflicts()).isEqualTo(expected.conflicts());
    for (Side side : Side.values()) {
      assertThat(actual.calendar(side)).isEqualTo(expected.calendar(side));
    }
  }
}
