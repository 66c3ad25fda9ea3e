package io.github.mutualplan.schedule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's timeline: the early and late dates and the slack of every commitment, the critical path, the
 * projected close and every date it cannot keep. Made by a {@link Scheduler}; immutable.
 *
 * <pre>{@code
 * Schedule schedule = Scheduler.of(options).schedule(plan);
 * if (!schedule.targetReachable()) {
 *   System.out.println("closes " + schedule.projectedClose() + ", " + -schedule.closeSlack()
 *       + " working days late; critical: " + schedule.criticalPath());
 * }
 * }</pre>
 *
 * <p>The projected close is the latest finish of the commitments the close waits for: those that lead to the
 * closing milestone, directly or through others (all commitments, when none leads to a closing milestone).
 * Cancelled commitments are not scheduled; their dependents wait for what they waited for.
 *
 * @since 0.1.0
 */
public final class Schedule {
  private final MutualActionPlan plan;
  private final ScheduleOptions options;
  private final Optional<LocalDate> asOf;
  private final Cpm cpm;
  private final ImmutableList<CommitmentId> criticalPath;
  private final ImmutableList<ScheduleConflict> conflicts;
  private final ImmutableMap<MilestoneId, LocalDate> milestoneDates;
  private final LocalDate projectedClose;
  private final int closeSlack;
  private final List<ScheduledCommitment> commitments;

  Schedule(MutualActionPlan plan, ScheduleOptions options, Optional<LocalDate> asOf, Cpm cpm) {
    this.plan = plan;
    this.options = options;
    this.asOf = asOf;
    this.cpm = cpm;
    this.criticalPath = ImmutableList.copyOf(cpm.criticalPath);
    this.conflicts = ImmutableList.copyOf(cpm.conflicts);
    this.milestoneDates = cpm.milestoneDates;
    this.projectedClose = LocalDate.ofEpochDay(cpm.projectedClose);
    int target = (int) plan.targetClose().toEpochDay();
    this.closeSlack = cpm.projectedClose <= target ? cpm.sellerCalendar().between(cpm.projectedClose, target)
        : cpm.sellerCalendar().shift(target, cpm.projectedClose) * -1;
    int[] scheduled = cpm.scheduledNodes();
    this.commitments = new AbstractList<>() {
      @Override
      public ScheduledCommitment get(int k) {
        return entry(scheduled[k]);
      }

      @Override
      public int size() {
        return scheduled.length;
      }
    };
  }

  /** The plan scheduled. */
  public PlanId plan() {
    return plan.id();
  }

  /** The version of the plan scheduled. */
  public long version() {
    return plan.version();
  }

  /** The options it was scheduled with. */
  public ScheduleOptions options() {
    return options;
  }

  /** The day it was scheduled as of; empty when scheduled as planned. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** The calendar the commitments of one side were scheduled in: the plan's own unless the options overrode it. */
  public WorkCalendar calendar(Side side) {
    return cpm.calendarOf(Objects.requireNonNull(side, "side"));
  }

  /** The date both sides aim to close by. */
  public LocalDate targetClose() {
    return plan.targetClose();
  }

  /** The date the plan closes on, as scheduled: the closing milestone's date. */
  public LocalDate projectedClose() {
    return projectedClose;
  }

  /** Whether the projected close is on or before the target close. */
  public boolean targetReachable() {
    return !projectedClose.isAfter(plan.targetClose());
  }

  /**
   * Working days of the seller from the projected close to the target close: the room left, or, negative, by
   * how many working days the target close is missed (at least one when it is missed at all).
   */
  public int closeSlack() {
    return closeSlack;
  }

  /** The scheduled (not cancelled) commitments, in the plan's order. */
  public List<ScheduledCommitment> commitments() {
    return commitments;
  }

  /** A commitment on the schedule; empty if the plan has none by that id or it is cancelled. */
  public Optional<ScheduledCommitment> commitment(CommitmentId id) {
    int i = cpm.indexOf(Objects.requireNonNull(id, "id"));
    return i < 0 || !cpm.scheduled(i) ? Optional.empty() : Optional.of(entry(i));
  }

  /** The critical path, from a start to the close: each commitment's start was set by the one before it. */
  public List<CommitmentId> criticalPath() {
    return criticalPath;
  }

  /** The dates the schedule cannot keep, commitments in the plan's order, then milestones. */
  public List<ScheduleConflict> conflicts() {
    return conflicts;
  }

  /** The day a milestone is reached: the latest finish of its commitments; empty if none leads to it. */
  public Optional<LocalDate> milestoneDate(MilestoneId milestone) {
    return Optional.ofNullable(milestoneDates.get(Objects.requireNonNull(milestone, "milestone")));
  }

  /** How far a commitment moved from one day to another, in working days of the side that owes it. */
  int shift(CommitmentId id, LocalDate from, LocalDate to) {
    return cpm.calendar(cpm.indexOf(id)).shift((int) from.toEpochDay(), (int) to.toEpochDay());
  }

  /** How far the close moved from one day to another, in working days of the seller. */
  int closeShift(LocalDate from, LocalDate to) {
    return cpm.sellerCalendar().shift((int) from.toEpochDay(), (int) to.toEpochDay());
  }

  private ScheduledCommitment entry(int i) {
    return ImmutableScheduledCommitment.builder()
        .id(cpm.id(i))
        .durationDays(cpm.duration(i))
        .earlyStart(LocalDate.ofEpochDay(cpm.es[i]))
        .earlyFinish(LocalDate.ofEpochDay(cpm.ef[i]))
        .lateStart(LocalDate.ofEpochDay(cpm.lateStart(i)))
        .lateFinish(LocalDate.ofEpochDay(cpm.lf[i]))
        .totalSlack(cpm.slack(i))
        .leadsToClose(cpm.leadsToClose[i])
        .critical(cpm.critical.get(i))
        .build();
  }

  /** Equal when made from equal plans with equal options as of the same day, and so equal in every date. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Schedule)) {
      return false;
    }
    Schedule that = (Schedule) other;
    return plan.equals(that.plan) && options.equals(that.options) && asOf.equals(that.asOf)
        && Arrays.equals(cpm.es, that.cpm.es)
        && Arrays.equals(cpm.ef, that.cpm.ef) && Arrays.equals(cpm.lf, that.cpm.lf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, options, asOf, Arrays.hashCode(cpm.ef));
  }

  /** Returns the plan, the projected and target close, and the size of the critical path. */
  @Override
  public String toString() {
    return "Schedule{plan=" + plan.id() + ", version=" + plan.version() + ", projectedClose=" + projectedClose
        + ", targetClose=" + plan.targetClose() + ", closeSlack=" + closeSlack + ", critical path of "
        + criticalPath.size() + ", " + conflicts.size() + " conflicts}";
  }
}
