package io.github.mutualplan.schedule;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.engine.AsOf;
import io.github.mutualplan.engine.Slips;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules plans with the critical path method: when will this deal close, what is on the critical path,
 * and what did this slip do to the close date.
 *
 * <pre>{@code
 * Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults()); // the calendars each plan names
 * Schedule schedule = scheduler.schedule(plan);               // as planned
 * Schedule today = scheduler.schedule(plan, LocalDate.now(zone)); // as of a day, with what is done
 * schedule.projectedClose();   // the closing milestone's date
 * schedule.criticalPath();     // [discovery, security-questionnaire, security-risk-assessment, ...]
 * schedule.conflicts();        // due dates, fixed dates and milestones the timeline misses
 *
 * SlipImpact impact = scheduler.impact(plan, slipped); // which dates moved, and the close
 * SlipImpact weighed = scheduler.impact(plan, CommitmentId.of("security-review"), 5); // a slip of 5 working days
 * }</pre>
 *
 * <p><b>How.</b> A forward pass from the plan's start (or, with an as-of date, from actual dates: done
 * commitments at their completion dates, nothing left to do before that day) gives each commitment its early
 * start and finish, in working days of the side that owes it; a commitment starts on the first working day of
 * its side after its dependencies finish, and never before the plan starts. The forecast's trials run the very
 * same pass. Without an as-of day every commitment but a cancelled one is planned, whatever its status.
 *
 * <p><b>Agreed dates move the timeline.</b> A due date is a date to finish no earlier than: an open commitment
 * with one is planned to finish on it (starting its duration before, in working days of its side), or later
 * when its dependencies, the plan's start, the as-of day or a fixed start make that impossible; what waits for
 * it follows, and so does the close when it is on the critical path. A fixed start is a day to start on: with a
 * due date too, the commitment keeps its day and takes until its due date. As of a day, what happened wins: a
 * done commitment stands at its dates, one in progress finishes at the latest of its duration from the day it
 * {@linkplain io.github.mutualplan.Commitment#startedOn() started} (or, when that day is not recorded, its start),
 * the as-of day and its due date. A cancelled commitment is not scheduled and holds nothing. A start set by a
 * due date (or a finish a due date stretched, or dates that happened) is not driven by a dependency: the
 * critical path begins there.
 *
 * <p>A backward pass from the target close gives the late dates and the total slack of every commitment the
 * close waits for; due dates do not bound the late dates, so the room a commitment leaves before an agreed date
 * of what waits for it is slack. Slack is at least zero everywhere exactly when the projected close is on or
 * before the target close. What the schedule cannot keep (a due date its dependencies finish too late for, a
 * fixed day, a milestone's date) is reported as {@link ScheduleConflict}s, never thrown.
 *
 * <p>Scheduling is linear in commitments plus dependencies. Instances are immutable and safe to share between
 * threads.
 *
 * @since 0.1.0
 */
public final class Scheduler {
  private final ScheduleOptions options;

  private Scheduler(ScheduleOptions options) {
    this.options = options;
  }

  /** A scheduler with these options. */
  public static Scheduler of(ScheduleOptions options) {
    return new Scheduler(Objects.requireNonNull(options, "options"));
  }

  /** The options of this scheduler. */
  public ScheduleOptions options() {
    return options;
  }

  /**
   * Schedules a plan as planned, from its start.
   *
   * @param plan the plan
   * @return its schedule
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if the plan names a calendar the options'
   *     registry does not know
   * @throws io.github.mutualplan.ScheduleException if a calendar has no working day for a year around a date the
   *     plan needs, or the timeline would run for thousands of years
   */
  public Schedule schedule(MutualActionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return new Schedule(plan, options, Optional.empty(), Cpm.run(plan, options, Optional.empty()));
  }

  /**
   * Schedules a plan as of a day: done commitments stand at their completion dates, one in progress since the
   * day it {@linkplain io.github.mutualplan.Commitment#startedOn() started} (or, when that day is not recorded,
   * since its start) counts from that day, and nothing left to do starts before the as-of day, so overdue
   * commitments are pushed to it. A commitment recorded as started after the as-of day is planned as not
   * started yet.
   *
   * @param plan the plan
   * @param asOf the day, from {@link PlanLimits#EARLIEST_DATE} to {@link PlanLimits#LATEST_DATE}
   * @return its schedule as of that day
   * @throws IllegalArgumentException if the day is outside those years
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if the plan names a calendar the options'
   *     registry does not know
   * @throws io.github.mutualplan.ScheduleException as {@link #schedule(MutualActionPlan)}
   */
  public Schedule schedule(MutualActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Optional<LocalDate> day = Optional.of(AsOf.check(asOf));
    return new Schedule(plan, options, day, Cpm.run(plan, options, day));
  }

  /**
   * What a slip of one commitment by a number of working days does to the timeline: the plan is slipped as
   * {@link io.github.mutualplan.history.PlanChange#slipCommitment(CommitmentId, int)} slips it (the commitment
   * takes that many working days longer and is due as many working days later, counted Monday to Friday), and
   * both plans are scheduled, as {@link #impact(MutualActionPlan, MutualActionPlan)} does.
   *
   * <pre>{@code
   * SlipImpact impact = scheduler.impact(plan, CommitmentId.of("security-review"), 5);
   * impact.closeShift();   // 5 on the critical path, max(0, 5 - float) off it
   * }</pre>
   *
   * @param plan the plan
   * @param commitment an open commitment of it: neither done nor cancelled
   * @param workingDays by how many working days it slips, from 1 to {@link PlanLimits#MAX_DURATION_DAYS}
   * @return the dates that moved, and the close
   * @throws IllegalArgumentException if the plan has no such commitment, it is done or cancelled, or the number
   *     of working days is out of range
   * @throws io.github.mutualplan.PlanValidationException if the slipped plan would break the plan's limits (a
   *     duration or a due date beyond them)
   */
  public SlipImpact impact(MutualActionPlan plan, CommitmentId commitment, int workingDays) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(commitment, "commitment");
    return impact(plan, Slips.slip(plan, commitment, workingDays));
  }

  /**
   * What changed on the timeline from one version of a plan to another.
   *
   * @param before the plan before the change
   * @param after the plan after it
   * @return the dates that moved, and the close
   */
  public SlipImpact impact(MutualActionPlan before, MutualActionPlan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Schedule was = schedule(before);
    Schedule now = schedule(after);
    ImmutableSlipImpact.Builder impact = ImmutableSlipImpact.builder()
        .closeBefore(was.projectedClose())
        .closeAfter(now.projectedClose())
        .closeShift(now.closeShift(was.projectedClose(), now.projectedClose()))
        .targetReachable(now.targetReachable());
    for (ScheduledCommitment c : now.commitments()) {
      Optional<ScheduledCommitment> old = was.commitment(c.id());
      if (old.isPresent() && (!old.get().earlyStart().equals(c.earlyStart())
          || !old.get().earlyFinish().equals(c.earlyFinish()))) {
        impact.addShift(ImmutableDateShift.builder()
            .id(c.id())
            .startBefore(old.get().earlyStart())
            .startAfter(c.earlyStart())
            .finishBefore(old.get().earlyFinish())
            .finishAfter(c.earlyFinish())
            .workingDays(now.shift(c.id(), old.get().earlyFinish(), c.earlyFinish()))
            .build());
      }
    }
    return impact.build();
  }
}
