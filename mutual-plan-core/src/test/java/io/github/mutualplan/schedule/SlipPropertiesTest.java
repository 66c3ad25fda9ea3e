package io.github.mutualplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.engine.Slips;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What a slip of N working days does to the close ({@link Scheduler#impact(MutualActionPlan,
 * io.github.mutualplan.CommitmentId, int)}), as planned, over generated plans (fixed starts, due dates, durations
 * from dates, cancelled commitments):
 * <ul>
 *   <li>both sides on Monday to Friday: the commitment finishes N working days later, and the close moves N on
 *       the critical path, and {@code max(0, N - float)} off it, where the float is the commitment's slack less
 *       the close's (its room before the close moves); not at all if the close does not wait for it;
 *   <li>both sides on any one calendar: the same with N replaced by how far the commitment's finish moved,
 *       which is N without a due date, and otherwise lies between the working days its due date moved over
 *       (counted Monday to Friday, so they are the calendar's working days in those weekdays) and N;
 *   <li>each side on its own calendar: the close never moves earlier, and moves later exactly when the
 *       commitment's new finish passes its late finish counted from the projected close (with the target
 *       close on the projected close: when it moved by more working days than its slack); by how many working
 *       days of the seller, the calendars' days off decide.
 * </ul>
 */
class SlipPropertiesTest {
  /** A plan as planned, how to schedule it, an open commitment of it and a slip. */
  static final class Case {
    final MutualActionPlan plan;
    final ScheduleOptions options;
    final Commitment slipping;
    final int workingDays;

    Case(MutualActionPlan plan, ScheduleOptions options, Commitment slipping, int workingDays) {
      this.plan = plan;
      this.options = options;
      this.slipping = slipping;
      this.workingDays = workingDays;
    }

    @Override
    public String toString() {
      return slipping.id() + " slips " + workingDays + " in " + plan + " with " + options;
    }
  }

  /** Plans with an open commitment to slip (null when they have none), on these calendars. */
  static Gen<Case> cases(Calendars calendars) {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(150).generate(in);
      WorkCalendar buyer;
      WorkCalendar seller;
      if (calendars == Calendars.WEEKDAYS) {
        buyer = WorkCalendar.weekdays();
        seller = buyer;
      } else {
        buyer = CalendarSamplers.calendar(d, plan.start());
        seller = calendars == Calendars.ONE ? buyer : CalendarSamplers.calendar(d, plan.start());
      }
      List<Commitment> open = plan.commitments().stream().filter(Slips::isOpen).collect(Collectors.toList());
      // Half the time, the commitment the close waits for, to slip the critical path often.
      Commitment slipping = open.isEmpty() ? null : d.pick(open);
      if (!open.isEmpty() && d.chance(50)) {
        List<io.github.mutualplan.CommitmentId> path = Scheduler.of(ScheduleOptions.of(buyer, seller)).schedule(plan)
            .criticalPath();
        List<Commitment> critical = open.stream().filter(c -> path.contains(c.id())).collect(Collectors.toList());
        slipping = critical.isEmpty() ? slipping : d.pick(critical);
      }
      return new Case(plan, ScheduleOptions.of(buyer, seller), slipping, d.between(1, 20));
    };
  }

  enum Calendars { WEEKDAYS, ONE, EACH_ITS_OWN }

  /** How many working days the slipped commitment's finish moved (0 if it did not). */
  static int moved(SlipImpact impact, Commitment c) {
    return impact.shifts().stream().filter(s -> s.id().equals(c.id())).mapToInt(DateShift::workingDays)
        .findFirst().orElse(0);
  }

  @Test
  void onMondayToFridayASlipOnTheCriticalPathMovesTheCloseByItsDaysAndOffItByWhatExceedsItsFloat() {
    qt().withExamples(300).forAll(cases(Calendars.WEEKDAYS)).checkAssert(c -> {
      if (c.slipping == null) {
        return;
      }
      Scheduler scheduler = Scheduler.of(c.options);
      Schedule before = scheduler.schedule(c.plan);
      ScheduledCommitment s = before.commitment(c.slipping.id()).get();

      SlipImpact impact = scheduler.impact(c.plan, c.slipping.id(), c.workingDays);

      assertThat(moved(impact, c.slipping)).isEqualTo(c.workingDays);
      int room = s.totalSlack() - before.closeSlack();
      assertThat(impact.closeShift()).isEqualTo(s.leadsToClose() ? Math.max(0, c.workingDays - room) : 0);
      if (s.critical()) {
        assertThat(room).isZero();
        assertThat(impact.closeShift()).isEqualTo(c.workingDays);
      }
    });
  }

  @Test
  void onOneCalendarTheCloseMovesByWhatTheFinishMovedBeyondTheFloat() {
    qt().withExamples(300).forAll(cases(Calendars.ONE)).checkAssert(c -> {
      if (c.slipping == null) {
        return;
      }
      Scheduler scheduler = Scheduler.of(c.options);
      Schedule before = scheduler.schedule(c.plan);
      ScheduledCommitment s = before.commitment(c.slipping.id()).get();

      SlipImpact impact = scheduler.impact(c.plan, c.slipping.id(), c.workingDays);

      int moved = moved(impact, c.slipping);
      int room = s.totalSlack() - before.closeSlack();
      assertThat(impact.closeShift()).isEqualTo(s.leadsToClose() ? Math.max(0, moved - room) : 0);
      if (c.slipping.due().isEmpty()) {
        assertThat(moved).isEqualTo(c.workingDays);
      } else {
        int dueMoved = workingDaysBetween(c.options.calendar(c.plan, c.slipping.owingSide()), c.slipping.due().get(),
            Slips.weekdaysLater(c.slipping.due().get(), c.workingDays));
        // One fewer, at most, for a commitment without a duration whose dates hold no working day.
        int least = Math.min(c.workingDays, dueMoved) - (c.slipping.durationDays().isPresent() ? 0 : 1);
        assertThat(moved).isBetween(least, Math.max(c.workingDays, dueMoved));
      }
    });
  }

  @Test
  void onTwoCalendarsTheCloseMovesExactlyWhenTheFinishPassesItsLateFinish() {
    qt().withExamples(300).forAll(cases(Calendars.EACH_ITS_OWN)).checkAssert(c -> {
      if (c.slipping == null) {
        return;
      }
      Scheduler scheduler = Scheduler.of(c.options);
      MutualActionPlan plan = c.plan.withTargetClose(scheduler.schedule(c.plan).projectedClose());
      ScheduledCommitment s = scheduler.schedule(plan).commitment(c.slipping.id()).get();

      SlipImpact impact = scheduler.impact(plan, c.slipping.id(), c.workingDays);

      assertThat(impact.closeShift()).isNotNegative();
      assertThat(impact.closeShift() > 0).as("the close moves")
          .isEqualTo(s.leadsToClose() && moved(impact, c.slipping) > s.totalSlack());
      if (c.slipping.due().isEmpty()) {
        assertThat(moved(impact, c.slipping)).isEqualTo(c.workingDays);
      }
    });
  }

  @Test
  void aSlipIsTheSlipOfTheChangeAndRefusesWhatCannotSlip() {
    qt().withExamples(100).forAll(cases(Calendars.ONE)).checkAssert(c -> {
      if (c.slipping == null) {
        return;
      }
      Scheduler scheduler = Scheduler.of(c.options);
      MutualActionPlan slipped = Slips.slip(c.plan, c.slipping.id(), c.workingDays);

      assertThat(scheduler.impact(c.plan, c.slipping.id(), c.workingDays)).isEqualTo(scheduler.impact(c.plan, slipped));
      c.plan.commitments().stream().filter(x -> x.status() == CommitmentStatus.DONE
          || x.status() == CommitmentStatus.CANCELLED).findFirst().ifPresent(closed ->
              org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                  .isThrownBy(() -> scheduler.impact(c.plan, closed.id(), 1))
                  .withMessageContaining("only a commitment that is neither done nor cancelled slips"));
    });
  }

  /** The working days of a calendar after one day, up to and including another. */
  static int workingDaysBetween(WorkCalendar calendar, LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      days += calendar.isWorkingDay(day) ? 1 : 0;
    }
    return days;
  }
}
