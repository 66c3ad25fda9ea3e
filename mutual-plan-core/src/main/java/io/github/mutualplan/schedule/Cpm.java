package io.github.mutualplan.schedule;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.engine.ForwardPass;
import io.github.mutualplan.engine.PlanNetwork;
import io.github.mutualplan.engine.Workdays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The critical path method on a plan's commitments, on the arrays of its {@link
 * io.github.mutualplan.engine.PlanGraph}, whose nodes come in a topological order: a forward pass from the
 * plan's start (or the as-of day), a backward pass from the target close, slack, the critical path and the
 * conflicts. Linear in commitments plus dependencies; every calendar operation is constant time. Its arrays
 * are by node; what it lists, it lists in the plan's order.
 */
final class Cpm {
  static final int NONE = Integer.MIN_VALUE;

  private final MutualActionPlan plan;
  private final PlanNetwork network;
  private final int n;
  private final int[] predAt;
  private final int[] preds;
  private final int[] succAt;
  private final int[] succs;
  private final Workdays[] calendars;
  private final byte[] side;
  private final boolean[] cancelled;
  private final int[] duration;
  private final int[] fixedStart;
  /**
   * The forward pass, which also tells which commitments' dates are actual (as of a day); dropped once the
   * plan is scheduled, so that a schedule does not keep its arrays.
   */
  private @Nullable ForwardPass pass;

  final int[] es;
  final int[] ef;
  final int[] lf;
  final boolean[] leadsToClose;
  /** The commitments on the critical path. */
  final BitSet critical = new BitSet();
  final List<CommitmentId> criticalPath = new ArrayList<>();
  final List<ScheduleConflict> conflicts = new ArrayList<>();
  /** The day each milestone is reached, in the plan's order; set with the conflicts. */
  ImmutableMap<MilestoneId, LocalDate> milestoneDates = ImmutableMap.of();
  int projectedClose;
  /** The latest finish of all. */
  private int end;
  /**
   * Where the critical path ends: the commitment of the close network with the least slack (latest finish on a
   * tie, first in the plan on a tie of both); -1 if the close network has none scheduled.
   */
  private int lastCritical = -1;
  /** The slack of {@link #lastCritical}. */
  private int lastCriticalSlack;

  private Cpm(MutualActionPlan plan, ScheduleOptions options, Optional<LocalDate> asOf) {
    this.plan = plan;
    this.network = new PlanNetwork(plan, options.calendar(plan, Side.BUYER), options.calendar(plan, Side.SELLER));
    this.n = network.graph.n;
    this.predAt = network.graph.predAt;
    this.preds = network.graph.preds;
    this.succAt = network.graph.succAt;
    this.succs = network.graph.succs;
    this.calendars = network.calendars;
    this.side = network.graph.side;
    this.cancelled = network.graph.cancelled;
    this.duration = network.duration;
    this.fixedStart = network.graph.fixedStart;
    this.leadsToClose = network.graph.leadsToClose;
    this.pass = new ForwardPass(network, asOf.isPresent() ? (int) asOf.get().toEpochDay() : ForwardPass.NONE);
    es = new int[n];
    ef = new int[n];
    lf = new int[n];
  }

  /** Schedules the plan on the options' calendars, as planned or as of a day. */
  static Cpm run(MutualActionPlan plan, ScheduleOptions options, Optional<LocalDate> asOf) {
    Cpm cpm = new Cpm(plan, options, asOf);
    cpm.forward();
    cpm.backward();
    cpm.criticalPath();
    cpm.conflicts();
    cpm.pass = null;
    return cpm;
  }

  int duration(int i) {
    return duration[i];
  }

  /**
   * The late start of a scheduled commitment, from its late finish. Computed when asked, as the backward
   * pass computed it, so that a schedule keeps two arrays fewer; the calendar reads only days the pass read.
   */
  int lateStart(int i) {
    Workdays cal = calendars[side[i]];
    return cal.plus(cal.onOrBefore(lf[i]), -(duration[i] - 1));
  }

  /** The total slack of a scheduled commitment, computed when asked, as {@link #lateStart} is. */
  int slack(int i) {
    return slack(i, calendars[side[i]]);
  }

  /** The working days from early to late finish; when late, at least one. */
  private int slack(int i, Workdays cal) {
    return ef[i] <= lf[i] ? cal.between(ef[i], lf[i]) : -cal.shift(lf[i], ef[i]);
  }

  boolean scheduled(int i) {
    return !cancelled[i];
  }

  /** The commitments scheduled (not cancelled), in the plan's order; not to be written. */
  int[] scheduledNodes() {
    return network.graph.scheduled;
  }

  /** The commitment of a node. */
  CommitmentId id(int i) {
    return network.id(i);
  }

  /** The node of a commitment; -1 if the plan has none by that id. */
  int indexOf(CommitmentId id) {
    return network.indexOf(id);
  }

  Workdays calendar(int i) {
    return calendars[side[i]];
  }

  /** The calendar a side was scheduled in. */
  WorkCalendar calendarOf(Side side) {
    return network.calendars[side == Side.BUYER ? 0 : 1].calendar();
  }

  Workdays sellerCalendar() {
    return calendars[1];
  }

  /**
   * Early dates, node by node, by the {@link ForwardPass}'s rule (the forecast's too); and the projected close
   * (the latest finish of what the close waits for, or the plan's start) and the end of the plan (the latest
   * finish of all).
   */
  /** The forward pass, until the schedule is complete and lets it go. */
  private ForwardPass pass() {
    return Objects.requireNonNull(pass, "the schedule is complete");
  }

  private void forward() {
    projectedClose = pass().run(duration, calendars, es, ef, null);
    end = pass().end();
  }

  /**
   * Late dates: the close network backwards from the target close, the rest backwards from the end of the
   * plan, so only the close network can have negative slack. A commitment whose dates are actual does not
   * bound the commitments before it: what it waited for is history. Slack is the working days from early to
   * late finish; when late, at least one.
   */
  private void backward() {
    int target = (int) plan.targetClose().toEpochDay();
    // What a node's dependencies must finish before: its late start less a day; for a cancelled node, the
    // bound it passes on; none for a node whose dates are actual.
    int[] limit = new int[n];
    for (int v = n - 1; v >= 0; v--) {
      int latest = Integer.MAX_VALUE;
      for (int k = succAt[v]; k < succAt[v + 1]; k++) { // the dependents on the same side of the close network
        latest = Math.min(latest, limit[succs[k]]);
      }
      if (latest == Integer.MAX_VALUE) {
        latest = leadsToClose[v] ? target : end;
      }
      if (cancelled[v]) {
        limit[v] = latest;
        continue;
      }
      Workdays cal = calendars[side[v]];
      int lastWorkingDay = cal.onOrBefore(latest);
      // What happened may have happened on a day off: its late finish is the bound itself.
      boolean happened = pass().actual(v);
      lf[v] = happened ? latest : lastWorkingDay;
      limit[v] = happened ? Integer.MAX_VALUE : cal.plus(lastWorkingDay, -(duration[v] - 1)) - 1;
      if (leadsToClose[v]) {
        int slack = slack(v, cal);
        if (endsCriticalPathBefore(v, slack, lastCritical, lastCriticalSlack)) {
          lastCritical = v;
          lastCriticalSlack = slack;
        }
      }
    }
  }

  /** Whether the critical path would rather end at {@code v} than at {@code other} (or -1), given their slack. */
  private boolean endsCriticalPathBefore(int v, int slackOfV, int other, int slackOfOther) {
    return other < 0 || slackOfV < slackOfOther || slackOfV == slackOfOther
        && (ef[v] > ef[other] || ef[v] == ef[other] && network.graph.position(v) < network.graph.position(other));
  }

  /**
   * From the close backwards: the commitment of the close network with the least slack (found by the backward
   * pass), then, step by step, the dependency that decided its start, until a start no dependency decided.
   */
  private void criticalPath() {
    for (int v = lastCritical; v >= 0; v = drivingPredecessor(v)) {
      criticalPath.add(network.id(v));
      critical.set(v);
    }
    Collections.reverse(criticalPath);
  }

  /**
   * The scheduled dependency whose finish set this commitment's start (least slack on a tie, then the first in
   * the plan: never the order a commitment lists its dependencies in, which equal plans need not share), or -1:
   * none when its dates are actual, or its due date set its start or its finish (see {@link ForwardPass}).
   */
  private int drivingPredecessor(int v) {
    Workdays cal = calendars[side[v]];
    if (!pass().finishSetByStart(v, es[v], ef[v], duration[v], cal)) {
      return -1;
    }
    int best = -1;
    int bestSlack = 0;
    int[] candidates = Arrays.copyOfRange(preds, predAt[v], predAt[v + 1]);
    int count = candidates.length;
    for (int c = 0; c < count; c++) {
      int p = candidates[c];
      if (cancelled[p]) { // look through it to what it waited for
        int more = predAt[p + 1] - predAt[p];
        if (count + more > candidates.length) {
          candidates = Arrays.copyOf(candidates, 2 * (count + more));
        }
        System.arraycopy(preds, predAt[p], candidates, count, more);
        count += more;
        continue;
      }
      if (ef[p] != NONE && cal.onOrAfter(ef[p] + 1) == es[v]) {
        int slackOfP = slack(p);
        if (best < 0 || slackOfP < bestSlack
            || slackOfP == bestSlack && network.graph.position(p) < network.graph.position(best)) {
          best = p;
          bestSlack = slackOfP;
        }
      }
    }
    return best;
  }

  /**
   * The commitments' conflicts in the plan's order, then the milestones' dates and conflicts. A conflict's date
   * is the plan's own (a fixed start, a due date, a milestone's target date), not a copy.
   */
  private void conflicts() {
    int[] due = network.graph.due;
    int[] milestone = network.graph.milestone;
    List<Milestone> milestones = plan.milestones();
    int[] reached = new int[milestones.size()];
    Arrays.fill(reached, NONE);
    for (int p = 0; p < n; p++) {
      int i = network.graph.node(p);
      if (cancelled[i]) {
        continue;
      }
      int fixedDay = fixedStart[i];
      if (fixedDay != NONE && es[i] != fixedDay && pass().kind(i) == ForwardPass.PLANNED) {
        Commitment c = network.graph.commitments.get(i);
        conflicts.add(conflict(ScheduleConflict.Kind.FIXED_DATE_MISSED, c.id(), c.start().get(), fixedDay, es[i],
            calendars[side[i]]));
      }
      if (due[i] != NONE && ef[i] > due[i]) {
        Commitment c = network.graph.commitments.get(i);
        conflicts.add(conflict(ScheduleConflict.Kind.DUE_DATE_MISSED, c.id(), c.due().get(), due[i], ef[i],
            calendars[side[i]]));
      }
      int m = milestone[i];
      if (m >= 0) {
        reached[m] = Math.max(reached[m], ef[i]);
      }
    }
    ImmutableMap.Builder<MilestoneId, LocalDate> dates = ImmutableMap.builderWithExpectedSize(reached.length);
    for (int k = 0; k < reached.length; k++) {
      int day = reached[k];
      if (day == NONE) {
        continue;
      }
      Milestone m = milestones.get(k);
      dates.put(m.id(), LocalDate.ofEpochDay(day));
      int target = (int) m.targetDate().toEpochDay();
      if (day > target) {
        conflicts.add(conflict(ScheduleConflict.Kind.MILESTONE_LATE, m.id(), m.targetDate(), target, day,
            calendars[1]));
      }
    }
    milestoneDates = dates.build();
  }

  /** A conflict of an item with its date, {@code date} (the epoch day {@code day}). */
  private static ScheduleConflict conflict(ScheduleConflict.Kind kind, io.github.mutualplan.ItemId item,
      LocalDate date, int day, int scheduled, Workdays cal) {
    return ImmutableScheduleConflict.builder()
        .kind(kind)
        .item(item)
        .date(date)
        .scheduled(LocalDate.ofEpochDay(scheduled))
        .workingDays(cal.shift(day, scheduled))
        .build();
  }
}
