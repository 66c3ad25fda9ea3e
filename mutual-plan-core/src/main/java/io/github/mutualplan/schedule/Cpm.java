package io.github.mutualplan.schedule;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The critical path method on a plan's commitments, on arrays: a topological order, a forward pass from the
 * plan's start (or the as-of day), a backward pass from the target close, slack, the critical path and the
 * conflicts. Linear in commitments plus dependencies; every calendar operation is constant time.
 */
final class Cpm {
  static final int NONE = Integer.MIN_VALUE;

  private final MutualActionPlan plan;
  private final ScheduleOptions options;
  private final List<Commitment> commitments;
  private final int n;
  private final Map<CommitmentId, Integer> index;
  /** Dependencies and dependents in compressed rows: the predecessors of i are {@code preds[predAt[i]..predAt[i+1])}. */
  private final int[] predAt;
  private final int[] preds;
  private final int[] succAt;
  private final int[] succs;
  private final Workdays[] calendars;
  private final byte[] side;
  private final boolean[] cancelled;
  private final int[] duration;
  /** Whether a commitment's dates are what happened (as of a day), rather than what the plan gives. */
  private final boolean[] actual;

  final int[] es;
  final int[] ef;
  final int[] ls;
  final int[] lf;
  final int[] slack;
  final boolean[] leadsToClose;
  final boolean[] critical;
  final List<CommitmentId> criticalPath = new ArrayList<>();
  final List<ScheduleConflict> conflicts = new ArrayList<>();
  final Map<MilestoneId, LocalDate> milestoneDates = new LinkedHashMap<>();
  int projectedClose;

  private Cpm(MutualActionPlan plan, ScheduleOptions options) {
    this.plan = plan;
    this.options = options;
    this.commitments = plan.commitments();
    this.n = commitments.size();
    int start = (int) plan.start().toEpochDay();
    calendars = new Workdays[] {
      new Workdays(options.buyerCalendar(), start), new Workdays(options.sellerCalendar(), start)
    };
    index = new HashMap<>(n * 2);
    side = new byte[n];
    cancelled = new boolean[n];
    duration = new int[n];
    actual = new boolean[n];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      Commitment c = commitments.get(i);
      index.put(c.id(), i);
      side[i] = (byte) (c.owingSide() == Side.BUYER ? 0 : 1);
      cancelled[i] = c.status() == CommitmentStatus.CANCELLED;
      edges += c.dependsOn().size();
    }
    predAt = new int[n + 1];
    preds = new int[edges];
    int[] dependents = new int[n + 1];
    int e = 0;
    for (int i = 0; i < n; i++) {
      predAt[i] = e;
      for (CommitmentId dependency : commitments.get(i).dependsOn()) {
        int p = index.get(dependency);
        preds[e++] = p;
        dependents[p + 1]++;
      }
    }
    predAt[n] = e;
    succAt = new int[n + 1];
    for (int i = 0; i < n; i++) {
      succAt[i + 1] = succAt[i] + dependents[i + 1];
    }
    succs = new int[edges];
    int[] fill = succAt.clone();
    for (int i = 0; i < n; i++) {
      for (int k = predAt[i]; k < predAt[i + 1]; k++) {
        succs[fill[preds[k]]++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      duration[i] = durationOf(commitments.get(i), calendars[side[i]]);
    }
    es = new int[n];
    ef = new int[n];
    ls = new int[n];
    lf = new int[n];
    slack = new int[n];
    leadsToClose = new boolean[n];
    critical = new boolean[n];
  }

  /** Schedules the plan. */
  static Cpm run(MutualActionPlan plan, ScheduleOptions options) {
    Cpm cpm = new Cpm(plan, options);
    int[] order = TopologicalOrder.of(cpm.predAt, cpm.preds, cpm.succAt, cpm.succs,
        i -> cpm.commitments.get(i).id().key(), "plan '" + plan.id() + "'");
    cpm.forward(order);
    cpm.closeNetwork(order);
    cpm.backward(order);
    cpm.criticalPath();
    cpm.conflicts();
    return cpm;
  }

  int duration(int i) {
    return duration[i];
  }

  boolean scheduled(int i) {
    return !cancelled[i];
  }

  Map<CommitmentId, Integer> index() {
    return index;
  }

  Workdays calendar(int i) {
    return calendars[side[i]];
  }

  Workdays sellerCalendar() {
    return calendars[1];
  }

  /** The working days a commitment takes: as estimated, else as agreed from start to due, else one. */
  private static int durationOf(Commitment c, Workdays calendar) {
    if (c.durationDays().isPresent()) {
      return c.durationDays().getAsInt();
    }
    if (c.start().isPresent() && c.due().isPresent()) {
      int start = (int) c.start().get().toEpochDay();
      return Math.max(1, calendar.between(start - 1, (int) c.due().get().toEpochDay()));
    }
    return 1;
  }

  /** The latest finish among the scheduled commitments a commitment waits for, looking through cancelled ones. */
  private int finishOfPredecessors(int v) {
    int latest = NONE;
    for (int k = predAt[v]; k < predAt[v + 1]; k++) {
      latest = Math.max(latest, ef[preds[k]]);
    }
    return latest;
  }

  private void forward(int[] order) {
    int planStart = (int) plan.start().toEpochDay();
    int asOf = options.asOf().map(d -> (int) d.toEpochDay()).orElse(NONE);
    for (int v : order) {
      int waitFor = finishOfPredecessors(v);
      if (cancelled[v]) {
        es[v] = NONE;
        ef[v] = waitFor; // passes its dependencies' finish on to its dependents
        continue;
      }
      Commitment c = commitments.get(v);
      Workdays cal = calendars[side[v]];
      if (asOf != NONE && c.status() == CommitmentStatus.DONE) {
        actual[v] = true;
        ef[v] = (int) c.completedOn().get().toEpochDay();
        es[v] = Math.min(ef[v], c.start().map(d -> (int) d.toEpochDay()).orElse(ef[v]));
        continue;
      }
      int earliest = Math.max(planStart, waitFor == NONE ? planStart : waitFor + 1);
      if (asOf != NONE && c.status() == CommitmentStatus.IN_PROGRESS && c.start().isPresent()
          && c.start().get().toEpochDay() <= asOf) {
        actual[v] = true;
        es[v] = (int) c.start().get().toEpochDay();
        ef[v] = Math.max(cal.plus(cal.onOrAfter(es[v]), duration[v] - 1), cal.onOrAfter(asOf));
        continue;
      }
      if (asOf != NONE) {
        earliest = Math.max(earliest, asOf);
      }
      if (c.fixed()) {
        int fixedDay = (int) c.start().get().toEpochDay();
        es[v] = cal.onOrAfter(Math.max(earliest, fixedDay));
        if (es[v] != fixedDay) {
          conflicts.add(conflict(ScheduleConflict.Kind.FIXED_DATE_MISSED, c.id(), fixedDay, es[v], cal));
        }
      } else {
        es[v] = cal.onOrAfter(earliest);
      }
      ef[v] = cal.plus(es[v], duration[v] - 1);
    }
  }

  /**
   * Marks the commitments the close waits for: those of the closing milestone and everything they depend on;
   * all of them when no commitment leads to a closing milestone. Sets the projected close.
   */
  private void closeNetwork(int[] order) {
    Optional<MilestoneId> closing = plan.closingMilestone().map(Milestone::id);
    boolean any = false;
    if (closing.isPresent()) {
      for (int i = 0; i < n; i++) {
        if (closing.equals(commitments.get(i).milestone())) {
          leadsToClose[i] = true;
          any = true;
        }
      }
    }
    if (!any) {
      java.util.Arrays.fill(leadsToClose, true);
    } else {
      for (int j = n - 1; j >= 0; j--) {
        int v = order[j];
        if (leadsToClose[v]) {
          for (int k = predAt[v]; k < predAt[v + 1]; k++) {
            leadsToClose[preds[k]] = true;
          }
        }
      }
    }
    projectedClose = (int) plan.start().toEpochDay();
    for (int i = 0; i < n; i++) {
      if (leadsToClose[i] && !cancelled[i]) {
        projectedClose = Math.max(projectedClose, ef[i]);
      }
    }
  }

  /**
   * Late dates: the close network backwards from the target close, the rest backwards from the end of the
   * plan, so only the close network can have negative slack. A commitment whose dates are actual does not
   * bound the commitments before it: what it waited for is history. Slack is the working days from early to
   * late finish; when late, at least one.
   */
  private void backward(int[] order) {
    int target = (int) plan.targetClose().toEpochDay();
    int end = projectedClose;
    for (int i = 0; i < n; i++) {
      if (!cancelled[i]) {
        end = Math.max(end, ef[i]);
      }
    }
    int[] bound = new int[n];
    for (int j = n - 1; j >= 0; j--) {
      int v = order[j];
      int latest = Integer.MAX_VALUE;
      for (int k = succAt[v]; k < succAt[v + 1]; k++) {
        int s = succs[k];
        if (leadsToClose[s] == leadsToClose[v] && !actual[s]) {
          latest = Math.min(latest, cancelled[s] ? bound[s] : ls[s] - 1);
        }
      }
      if (latest == Integer.MAX_VALUE) {
        latest = leadsToClose[v] ? target : end;
      }
      bound[v] = latest;
      if (cancelled[v]) {
        continue;
      }
      Workdays cal = calendars[side[v]];
      // What happened may have happened on a day off: its late finish is the bound itself.
      lf[v] = actual[v] ? latest : cal.onOrBefore(latest);
      ls[v] = cal.plus(cal.onOrBefore(lf[v]), -(duration[v] - 1));
      slack[v] = ef[v] <= lf[v] ? cal.between(ef[v], lf[v]) : -cal.shift(lf[v], ef[v]);
    }
  }

  /**
   * From the close backwards: the commitment of the close network with the least slack (latest finish on a
   * tie), then, step by step, the dependency that decided its start, until a start no dependency decided.
   */
  private void criticalPath() {
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (leadsToClose[i] && !cancelled[i] && (last < 0 || slack[i] < slack[last]
          || slack[i] == slack[last] && ef[i] > ef[last])) {
        last = i;
      }
    }
    List<Integer> path = new ArrayList<>();
    for (int v = last; v >= 0; v = drivingPredecessor(v)) {
      path.add(v);
      critical[v] = true;
    }
    for (int k = path.size() - 1; k >= 0; k--) {
      criticalPath.add(commitments.get(path.get(k)).id());
    }
  }

  /** The scheduled dependency whose finish set this commitment's start (least slack on a tie), or -1. */
  private int drivingPredecessor(int v) {
    Workdays cal = calendars[side[v]];
    int best = -1;
    List<Integer> candidates = new ArrayList<>();
    for (int k = predAt[v]; k < predAt[v + 1]; k++) {
      candidates.add(preds[k]);
    }
    for (int c = 0; c < candidates.size(); c++) {
      int p = candidates.get(c);
      if (cancelled[p]) {
        for (int k = predAt[p]; k < predAt[p + 1]; k++) {
          candidates.add(preds[k]);
        }
        continue;
      }
      if (ef[p] != NONE && cal.onOrAfter(ef[p] + 1) == es[v] && (best < 0 || slack[p] < slack[best])) {
        best = p;
      }
    }
    return best;
  }

  private void conflicts() {
    for (int i = 0; i < n; i++) {
      Commitment c = commitments.get(i);
      if (!cancelled[i] && c.due().isPresent()) {
        int due = (int) c.due().get().toEpochDay();
        if (ef[i] > due) {
          conflicts.add(conflict(ScheduleConflict.Kind.DUE_DATE_MISSED, c.id(), due, ef[i], calendars[side[i]]));
        }
      }
    }
    Map<MilestoneId, Integer> reached = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Optional<MilestoneId> m = commitments.get(i).milestone();
      if (m.isPresent() && !cancelled[i]) {
        reached.merge(m.get(), ef[i], Math::max);
      }
    }
    for (Milestone m : plan.milestones()) {
      Integer day = reached.get(m.id());
      if (day == null) {
        continue;
      }
      milestoneDates.put(m.id(), LocalDate.ofEpochDay(day));
      int target = (int) m.targetDate().toEpochDay();
      if (day > target) {
        conflicts.add(conflict(ScheduleConflict.Kind.MILESTONE_LATE, m.id(), target, day, calendars[1]));
      }
    }
  }

  private static ScheduleConflict conflict(
      ScheduleConflict.Kind kind, io.github.mutualplan.ItemId item, int date, int scheduled, Workdays cal) {
    return ImmutableScheduleConflict.builder()
        .kind(kind)
        .item(item)
        .date(LocalDate.ofEpochDay(date))
        .scheduled(LocalDate.ofEpochDay(scheduled))
        .workingDays(cal.shift(date, scheduled))
        .build();
  }
}
