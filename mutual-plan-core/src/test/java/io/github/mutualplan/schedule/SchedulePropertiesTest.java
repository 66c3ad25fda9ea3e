package io.github.mutualplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The scheduler's rules, as properties over generated plans, calendars and as-of days. */
class SchedulePropertiesTest {
  /** A plan and how to schedule it. */
  static final class Case {
    final MutualActionPlan plan;
    final ScheduleOptions options;
    final Optional<LocalDate> asOf;
    final boolean uniform;

    Case(MutualActionPlan plan, ScheduleOptions options, Optional<LocalDate> asOf, boolean uniform) {
      this.plan = plan;
      this.options = options;
      this.asOf = asOf;
      this.uniform = uniform;
    }

    Schedule schedule() {
      return schedule(plan);
    }

    /** Another plan scheduled as this case schedules its own. */
    Schedule schedule(MutualActionPlan other) {
      Scheduler scheduler = Scheduler.of(options);
      return asOf.isPresent() ? scheduler.schedule(other, asOf.get()) : scheduler.schedule(other);
    }

    @Override
    public String toString() {
      return plan + " with " + options + asOf.map(day -> " as of " + day).orElse("");
    }
  }

  static WorkCalendar calendar(Draw d, LocalDate near) {
    return CalendarSamplers.calendar(d, near);
  }

  /** Plans with random calendars; with {@code actuals}, sometimes as of a day. */
  static Gen<Case> cases(int maxCommitments, boolean actuals) {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(maxCommitments).generate(in);
      boolean uniform = d.chance(40);
      WorkCalendar buyer = calendar(d, plan.start());
      WorkCalendar seller = uniform ? buyer : calendar(d, plan.start());
      ScheduleOptions options = ScheduleOptions.of(buyer, seller);
      Optional<LocalDate> asOf = actuals && d.chance(40) ? Optional.of(plan.start().plusDays(d.between(0, 200)))
          : Optional.empty();
      return new Case(plan, options, asOf, uniform && asOf.isEmpty());
    };
  }

  /**
   * Whether the schedule took the commitment's dates from what happened rather than from the plan: done, or in
   * progress since a day on or before the as-of day (the day it started, or else its start).
   */
  static boolean actual(Case c, Commitment commitment) {
    Optional<LocalDate> started = commitment.startedOn().or(commitment::start);
    return c.asOf.isPresent() && (commitment.status() == CommitmentStatus.DONE
        || commitment.status() == CommitmentStatus.IN_PROGRESS && started.isPresent()
            && !started.get().isAfter(c.asOf.get()));
  }

  /** The scheduled commitments a commitment waits for, looking through cancelled ones. */
  static List<Commitment> waitsFor(MutualActionPlan plan, Commitment c) {
    List<Commitment> found = new ArrayList<>();
    List<CommitmentId> todo = new ArrayList<>(c.dependsOn());
    while (!todo.isEmpty()) {
      Commitment p = plan.commitment(todo.remove(todo.size() - 1)).get();
      if (p.status() == CommitmentStatus.CANCELLED) {
        todo.addAll(p.dependsOn());
      } else {
        found.add(p);
      }
    }
    return found;
  }

  @Test
  void noCommitmentStartsBeforeItsDependenciesFinishOrOnADayItsSideDoesNotWork() {
    qt().forAll(cases(300, true)).checkAssert(c -> {
      Schedule schedule = c.schedule();
      for (Commitment commitment : c.plan.commitments()) {
        Optional<ScheduledCommitment> s = schedule.commitment(commitment.id());
        assertThat(s.isPresent()).isEqualTo(commitment.status() != CommitmentStatus.CANCELLED);
        if (s.isEmpty() || actual(c, commitment)) {
          continue;
        }
        WorkCalendar calendar = c.options.calendar(c.plan, commitment.owingSide());
        ScheduledCommitment sc = s.get();
        assertThat(calendar.isWorkingDay(sc.earlyStart())).as("%s starts on a working day", sc).isTrue();
        assertThat(calendar.isWorkingDay(sc.earlyFinish())).as("%s finishes on a working day", sc).isTrue();
        assertThat(sc.earlyStart()).isAfterOrEqualTo(c.plan.start()).isBeforeOrEqualTo(sc.earlyFinish());
        c.asOf.ifPresent(asOf -> assertThat(sc.earlyStart()).isAfterOrEqualTo(asOf));
        for (Commitment p : waitsFor(c.plan, commitment)) {
          assertThat(sc.earlyStart()).as("%s after %s", commitment.id(), p.id())
              .isAfter(schedule.commitment(p.id()).get().earlyFinish());
        }
      }
    });
  }

  @Test
  void asOfADayACommitmentThatHappenedStandsAtTheDaysItStartedAndFinished() {
    qt().forAll(cases(300, true)).checkAssert(c -> {
      Schedule schedule = c.schedule();
      for (Commitment commitment : c.plan.commitments()) {
        if (!actual(c, commitment)) {
          continue;
        }
        ScheduledCommitment sc = schedule.commitment(commitment.id()).get();
        LocalDate started = commitment.startedOn().or(commitment::start).orElse(LocalDate.MAX);
        if (commitment.status() == CommitmentStatus.DONE) {
          LocalDate done = commitment.completedOn().get();
          assertThat(sc.earlyFinish()).as("%s", sc).isEqualTo(done);
          assertThat(sc.earlyStart()).as("%s", sc).isEqualTo(started.isBefore(done) ? started : done);
        } else {
          assertThat(sc.earlyStart()).as("%s", sc).isEqualTo(started);
          assertThat(sc.earlyFinish()).as("%s", sc).isAfterOrEqualTo(c.asOf.get());
        }
      }
    });
  }

  @Test
  void slackIsNeverNegativeExactlyWhenTheProjectedCloseMeetsTheTarget() {
    qt().forAll(cases(300, true)).checkAssert(c -> {
      Schedule schedule = c.schedule();
      boolean noNegativeSlack = schedule.commitments().stream().allMatch(s -> s.totalSlack() >= 0);
      assertThat(noNegativeSlack).as("no negative slack").isEqualTo(schedule.targetReachable());
      assertThat(schedule.closeSlack() >= 0).isEqualTo(schedule.targetReachable());
    });
  }

  @Test
  void theCriticalPathRunsFromAStartToTheCloseWithTheLeastSlack() {
    qt().forAll(cases(300, true)).checkAssert(c -> {
      Schedule schedule = c.schedule();
      List<ScheduledCommitment> path = schedule.criticalPath().stream()
          .map(id -> schedule.commitment(id).get()).collect(Collectors.toList());
      List<ScheduledCommitment> closing = schedule.commitments().stream()
          .filter(ScheduledCommitment::leadsToClose).collect(Collectors.toList());
      assertThat(path.isEmpty()).isEqualTo(closing.isEmpty());
      if (path.isEmpty()) {
        return;
      }
      int least = closing.stream().mapToInt(ScheduledCommitment::totalSlack).min().getAsInt();
      ScheduledCommitment last = path.get(path.size() - 1);
      assertThat(last.totalSlack()).isEqualTo(least);
      assertThat(path).allMatch(ScheduledCommitment::leadsToClose).allMatch(ScheduledCommitment::critical);
      for (int i = 1; i < path.size(); i++) {
        Commitment next = c.plan.commitment(path.get(i).id()).get();
        assertThat(waitsFor(c.plan, next)).extracting(Commitment::id).contains(path.get(i - 1).id());
        assertThat(path.get(i).earlyStart()).isAfter(path.get(i - 1).earlyFinish());
      }
      if (c.uniform) {
        assertThat(last.earlyFinish()).isEqualTo(schedule.projectedClose());
        assertThat(path).allSatisfy(s -> assertThat(s.totalSlack()).isEqualTo(least));
        assertThat(schedule.commitments().stream().filter(ScheduledCommitment::critical).count())
            .isEqualTo(path.size());
      }
    });
  }

  @Test
  void addingADependencyOrLengtheningACommitmentNeverBringsTheCloseForward() {
    qt().forAll(cases(200, true)).checkAssert(c -> {
      Schedule before = c.schedule();
      List<Commitment> commitments = new ArrayList<>(c.plan.commitments());
      int n = commitments.size();
      for (int i = 1; i < n; i++) {
        // A dependency on an earlier commitment keeps the plan acyclic: generated plans only depend backwards.
        Commitment later = commitments.get(i);
        Commitment earlier = commitments.get((i * 7) % i);
        List<CommitmentId> deps = new ArrayList<>(later.dependsOn());
        deps.add(earlier.id());
        List<Commitment> withDependency = new ArrayList<>(commitments);
        withDependency.set(i, later.withDependsOn(deps));
        assertThat(c.schedule(c.plan.withCommitments(withDependency)).projectedClose())
            .isAfterOrEqualTo(before.projectedClose());
        Optional<ScheduledCommitment> s = before.commitment(later.id());
        if (s.isPresent()) {
          List<Commitment> longer = new ArrayList<>(commitments);
          longer.set(i, later.withDurationDays(s.get().durationDays() + 1 + i % 5));
          assertThat(c.schedule(c.plan.withCommitments(longer)).projectedClose())
              .isAfterOrEqualTo(before.projectedClose());
        }
        if (i > 12) {
          break; // a dozen edits per plan keeps the property fast
        }
      }
    });
  }

  @Test
  void conflictsComeInThePlansOrderCommitmentsFirstThenMilestones() {
    qt().withExamples(200).forAll(cases(300, true)).checkAssert(c -> {
      List<Object> order = new ArrayList<>();
      c.plan.commitments().forEach(x -> order.add(x.id()));
      c.plan.milestones().forEach(x -> order.add(x.id()));
      List<Integer> positions = new ArrayList<>();
      c.schedule().conflicts().forEach(x -> positions.add(order.indexOf(x.item())));

      assertThat(positions).doesNotContain(-1).isSorted();
    });
  }

  /**
   * A plan keeps the dependency graph of its first schedule: a copy with other commitments must compute its
   * own, and the plan must keep answering for itself after the copy is scheduled.
   */
  @Test
  void aChangedCopyOfAScheduledPlanIsScheduledForItsOwnCommitments() {
    qt().withExamples(200).forAll(cases(100, true)).checkAssert(c -> {
      Schedule before = c.schedule();
      List<Commitment> commitments = new ArrayList<>(c.plan.commitments());
      int last = commitments.size() - 1;
      if (last < 0) {
        return;
      }
      Commitment longer = commitments.get(last);
      commitments.set(last, longer.withDurationDays(longer.durationDays().orElse(1) + 5));
      MutualActionPlan changed = c.plan.withCommitments(commitments);
      MutualActionPlan rebuilt = MutualActionPlan.builder().from(changed).build();
      Schedule after = c.schedule(changed);

      after.commitment(longer.id()).ifPresent(s -> assertThat(s.durationDays())
          .isEqualTo(longer.durationDays().orElse(1) + 5));
      assertThat(after).isEqualTo(c.schedule(rebuilt));
      assertThat(c.schedule()).isEqualTo(before);
    });
  }

  /**
   * Listed in another order, a plan's commitments keep every date: most plans list a commitment after what it
   * depends on, and the scheduler walks them in the order they are listed; any other order it must sort.
   */
  @Test
  void theOrderAPlanListsItsCommitmentsInChangesNoDate() {
    qt().withExamples(200).forAll(cases(300, true)).checkAssert(c -> {
      List<Commitment> shuffled = new ArrayList<>(c.plan.commitments());
      Collections.shuffle(shuffled, new Random(c.plan.hashCode()));
      Schedule listed = c.schedule();
      Schedule reordered = c.schedule(c.plan.withCommitments(shuffled));

      assertThat(reordered.commitments()).hasSameSizeAs(listed.commitments());
      for (ScheduledCommitment s : listed.commitments()) {
        assertThat(reordered.commitment(s.id())).get().usingRecursiveComparison().ignoringFields("critical")
            .isEqualTo(s);
      }
      assertThat(reordered.projectedClose()).isEqualTo(listed.projectedClose());
      assertThat(reordered.closeSlack()).isEqualTo(listed.closeSlack());
      assertThat(reordered.conflicts()).containsExactlyInAnyOrderElementsOf(listed.conflicts());
      c.plan.milestones().forEach(
          m -> assertThat(reordered.milestoneDate(m.id())).isEqualTo(listed.milestoneDate(m.id())));
    });
  }

  @Test
  void schedulingIsDeterministic() {
    qt().withExamples(200).forAll(cases(300, true)).checkAssert(c -> assertThat(c.schedule()).isEqualTo(c.schedule()));
  }

  /**
   * Dependencies listed in another order make an equal plan (a commitment's dependencies are a set), and an equal
   * plan gets an equal schedule, critical path included: a tie between two dependencies that finish together is
   * broken by the plan's order, not by the order a commitment lists them in.
   */
  @Test
  void dependenciesListedInAnotherOrderChangeNothing() {
    qt().withExamples(200).forAll(cases(300, true)).checkAssert(c -> {
      Random random = new Random(c.plan.hashCode());
      List<Commitment> relisted = new ArrayList<>();
      for (Commitment commitment : c.plan.commitments()) {
        List<CommitmentId> dependencies = new ArrayList<>(commitment.dependsOn());
        Collections.shuffle(dependencies, random);
        relisted.add(commitment.withDependsOn(dependencies));
      }
      MutualActionPlan same = c.plan.withCommitments(relisted);

      assertThat(same).isEqualTo(c.plan);
      assertThat(c.schedule(same)).isEqualTo(c.schedule());
      assertThat(c.schedule(same).criticalPath()).isEqualTo(c.schedule().criticalPath());
    });
  }
}
