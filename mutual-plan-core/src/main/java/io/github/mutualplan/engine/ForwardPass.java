package io.github.mutualplan.engine;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The forward pass of the critical path method, and the rule it applies to each commitment: the one code that
 * the schedule and every trial of the forecast run, so that a forecast whose durations are not drawn closes on
 * the schedule's date. Its nodes are a {@link PlanGraph}'s, in their topological order.
 *
 * <p><b>The rule.</b> A commitment the close does not wait for any more (cancelled) passes on the finish of what
 * it waited for. As of a day, a done commitment stands at its dates ({@linkplain Commitment#completedOn()
 * completion}, and the day it {@linkplain Commitment#startedOn() started}, or else its start, if given), and a
 * commitment in progress since a day on or before it (the day it started, or else its start) keeps that day and
 * finishes at the latest of its duration from that day, the as-of day and its due date. Every other commitment
 * is <em>planned</em>:
 * <ol>
 *   <li>its earliest start is the day after the latest finish of what it depends on, and never before the
 *       plan's start, nor, as of a day, before that day; a {@linkplain Commitment#fixed() fixed} commitment
 *       starts on its day, or later when that earliest start is later;
 *   <li>it starts on the first working day of its side on or after that, and takes its duration in working
 *       days of its side;
 *   <li>an agreed date (its {@linkplain Commitment#due() due date}) is a date to finish <em>no earlier
 *       than</em>: when the commitment would finish before the last working day of its side on or before its due
 *       date, it finishes on that day instead: a commitment whose start is free starts that day less its
 *       duration; a fixed one keeps its start and takes longer. What it waits for can still make it finish
 *       after its due date, which the schedule reports as missed.
 * </ol>
 * A planned commitment's start is <em>set by what it depends on</em> when it is the first working day after
 * their latest finish and its finish is its start plus its duration (not its due date); the critical path and
 * the forecast's criticality follow only such starts back.
 *
 * <p>In working-day ranks (the index of a working day in one calendar), the rule is the same with the first
 * working day on or after a day read as its rank and {@code plus} as an addition: {@link #finishInRanks} is it
 * for a forecast whose sides share a calendar and which is not as of a day.
 *
 * <p>Not thread-safe: one per computation, as its {@link PlanNetwork}.
 *
 * @since 0.1.0
 */
public final class ForwardPass {
  /** No date. */
  public static final int NONE = PlanGraph.NONE;
  /** A commitment scheduled by the rule: not cancelled, and (as of a day) neither done nor started. */
  public static final byte PLANNED = 0;
  /** As of a day, a done commitment: it stands at its actual dates. */
  public static final byte DONE = 1;
  /** As of a day, a commitment in progress since a day on or before it. */
  public static final byte STARTED = 2;
  /** A cancelled commitment: not scheduled; its dependents wait for what it waited for. */
  public static final byte CANCELLED = 3;

  private final PlanGraph graph;
  private final int n;
  private final int planStart;
  private final int asOf;
  /** The day no planned commitment starts before: the plan's start, or the as-of day if later. */
  private final int floor;
  /** Each node's kind as of the day; null when scheduled as planned (then only cancelled ones differ). */
  private static final int[] NO_DAYS = new int[0];

  private final byte @Nullable [] kind;
  /** The actual dates of the done and started nodes; empty when scheduled as planned, and never read then. */
  private final int[] actualStart;
  private final int[] actualFinish;
  /**
   * Per node, the last working day of its side on or before its due date ({@link #NONE} if it has none);
   * null when no commitment has a due date.
   */
  private final int @Nullable [] dueFinish;
  private int end;
  private int lastCloser;

  /**
   * The forward pass of a network, as planned ({@code asOf} {@link #NONE}) or as of a day.
   *
   * @param net the network, whose calendars give the last working day before each due date
   * @param asOf the epoch day to schedule as of, or {@link #NONE}
   */
  public ForwardPass(PlanNetwork net, int asOf) {
    this.graph = net.graph;
    this.n = graph.n;
    this.planStart = (int) net.plan.start().toEpochDay();
    this.asOf = asOf;
    this.floor = asOf == NONE ? planStart : Math.max(planStart, asOf);
    if (asOf == NONE) {
      kind = null;
      actualStart = NO_DAYS;
      actualFinish = NO_DAYS;
    } else {
      kind = new byte[n];
      actualStart = new int[n];
      actualFinish = new int[n];
      for (int v = 0; v < n; v++) {
        kind[v] = asOf(v);
      }
    }
    if (graph.dueCount == 0) {
      dueFinish = null;
    } else {
      dueFinish = new int[n];
      int[] due = graph.due;
      for (int v = 0; v < n; v++) {
        dueFinish[v] = due[v] == NONE || graph.cancelled[v] ? NONE : net.calendar(v).onOrBefore(due[v]);
      }
    }
  }

  /** The kind of a node as of the day, filling its actual dates. */
  private byte asOf(int v) {
    if (graph.cancelled[v]) {
      return CANCELLED;
    }
    Commitment c = graph.commitments.get(v);
    CommitmentStatus status = c.status();
    if (status != CommitmentStatus.DONE && status != CommitmentStatus.IN_PROGRESS) {
      return PLANNED;
    }
    // What happened, else what was agreed; each asked once (each Optional is an allocation), and no day boxed.
    Optional<LocalDate> started = c.startedOn();
    if (started.isEmpty()) {
      started = c.start();
    }
    if (status == CommitmentStatus.DONE) {
      int finish = (int) c.completedOn().get().toEpochDay();
      actualFinish[v] = finish;
      actualStart[v] = started.isPresent() ? Math.min(finish, (int) started.get().toEpochDay()) : finish;
      return DONE;
    }
    if (started.isPresent() && started.get().toEpochDay() <= asOf) {
      actualStart[v] = (int) started.get().toEpochDay();
      return STARTED;
    }
    return PLANNED;
  }

  /** A node's kind: {@link #PLANNED}, {@link #DONE}, {@link #STARTED} or {@link #CANCELLED}. */
  public byte kind(int v) {
    return kind != null ? kind[v] : graph.cancelled[v] ? CANCELLED : PLANNED;
  }

  /** Whether a node's dates are what happened (done, or started), as of the day. */
  public boolean actual(int v) {
    return kind != null && (kind[v] == DONE || kind[v] == STARTED);
  }

  /** The epoch day no planned commitment starts before: the plan's start, or the as-of day if later. */
  public int floor() {
    return floor;
  }

  /** The epoch day a done or started node started on (see {@link #actual}). */
  public int actualStart(int v) {
    return actualStart[v];
  }

  /**
   * The fewest working days a node started before the as-of day can take: it was not done on the day before, so
   * it takes at least its working days from its start to the as-of day's first working day, both counted (the
   * days that finish it on that day); 1 for every other node.
   *
   * @param calendars the calendars of the {@link #run}s, by side
   */
  public int fewestDays(int v, WorkingDays[] calendars) {
    if (kind(v) != STARTED) {
      return 1;
    }
    WorkingDays cal = calendars[graph.side[v]];
    int day = cal.onOrAfter(actualStart[v]);
    int last = cal.onOrAfter(asOf);
    int days = 1;
    while (day < last) {
      day = cal.plus(day, 1);
      days++;
    }
    return days;
  }

  /** The last working day of a node's side on or before its due date; {@link #NONE} if it has none. */
  public int dueFinish(int v) {
    return dueFinish == null ? NONE : dueFinish[v];
  }

  /** The latest finish of the last {@link #run}, of every scheduled node, and at least the plan's start. */
  public int end() {
    return end;
  }

  /**
   * The node the close waited for in the last {@link #run} with links: the one of latest finish among those
   * that lead to the close, the earliest in the plan on a tie; -1 if none.
   */
  public int lastCloser() {
    return lastCloser;
  }

  /**
   * One forward pass: every node's early start and finish, by the rule.
   *
   * @param days the working days each node takes in this pass (read for planned and started nodes)
   * @param calendars the buyer's (0) and the seller's (1) working days
   * @param es filled with the early starts ({@link #NONE} for a cancelled node)
   * @param ef filled with the early finishes (for a cancelled node, the finish it passes on)
   * @param link when not null, filled with the dependency whose finish set each start (the first of latest
   *     finish), or -1; for a cancelled node, the dependency whose finish it passes on
   * @return the projected close: the latest finish of the nodes the close waits for, or the plan's start
   */
  public int run(int[] days, WorkingDays[] calendars, int[] es, int[] ef, int @Nullable [] link) {
    return link == null ? run(days, calendars, es, ef) : runWithLinks(days, calendars, es, ef, link);
  }

  /** {@link #run} without links: the schedule's, which finds its critical path after the backward pass. */
  private int run(int[] days, WorkingDays[] calendars, int[] es, int[] ef) {
    int[] predAt = graph.predAt;
    int[] preds = graph.preds;
    byte[] side = graph.side;
    boolean[] leadsToClose = graph.leadsToClose;
    int close = planStart;
    int last = planStart;
    for (int v = 0; v < n; v++) { // the graph's nodes come after what they depend on
      int wait = NONE;
      for (int k = predAt[v]; k < predAt[v + 1]; k++) {
        wait = Math.max(wait, ef[preds[k]]);
      }
      byte kindOfV = kind(v);
      if (kindOfV == CANCELLED) {
        es[v] = NONE;
        ef[v] = wait; // passes its dependencies' finish on to its dependents
        continue;
      }
      WorkingDays cal = calendars[side[v]];
      if (kindOfV == PLANNED) {
        planned(v, wait, days[v], cal, es, ef);
      } else {
        started(v, days[v], cal, es, ef);
      }
      last = Math.max(last, ef[v]);
      if (leadsToClose[v]) {
        close = Math.max(close, ef[v]);
      }
    }
    end = last;
    lastCloser = -1;
    return close;
  }

  /** {@link #run} with links: the forecast's, which follows each trial's critical path. */
  private int runWithLinks(int[] days, WorkingDays[] calendars, int[] es, int[] ef, int[] link) {
    int[] predAt = graph.predAt;
    int[] preds = graph.preds;
    byte[] side = graph.side;
    boolean[] leadsToClose = graph.leadsToClose;
    int close = planStart;
    int last = planStart;
    int latest = -1;
    for (int v = 0; v < n; v++) { // the graph's nodes come after what they depend on
      int wait = NONE;
      int by = -1;
      for (int k = predAt[v]; k < predAt[v + 1]; k++) {
        int p = preds[k];
        if (ef[p] > wait) {
          wait = ef[p];
          by = p;
        }
      }
      byte kindOfV = kind(v);
      if (kindOfV == CANCELLED) {
        es[v] = NONE;
        ef[v] = wait; // passes its dependencies' finish on to its dependents
        link[v] = by;
        continue;
      }
      WorkingDays cal = calendars[side[v]];
      if (kindOfV == PLANNED) {
        int setBy = planned(v, wait, days[v], cal, es, ef);
        link[v] = setBy == BY_DEPENDENCIES
            || setBy == MAYBE && wait != NONE && cal.onOrAfter(wait + 1) == es[v] ? by : -1;
      } else {
        started(v, days[v], cal, es, ef);
        link[v] = -1;
      }
      last = Math.max(last, ef[v]);
      if (leadsToClose[v]) {
        close = Math.max(close, ef[v]);
        if (latest < 0 || ef[v] > ef[latest]
            || ef[v] == ef[latest] && graph.position(v) < graph.position(latest)) {
          latest = v;
        }
      }
    }
    end = last;
    lastCloser = latest;
    return close;
  }

  /** The start was set by the dependencies' finish. */
  private static final int BY_DEPENDENCIES = 1;
  /** The start was set by the floor or a fixed day; a dependency's finish may map to the same working day. */
  private static final int MAYBE = 2;
  /** The start (or the finish) was set by the due date. */
  private static final int BY_DUE_DATE = 0;

  /**
   * The rule for a planned node: writes its dates; returns what set them ({@link #BY_DEPENDENCIES},
   * {@link #MAYBE} or {@link #BY_DUE_DATE}).
   */
  private int planned(int v, int wait, int days, WorkingDays cal, int[] es, int[] ef) {
    int earliest = wait != NONE && wait >= floor ? wait + 1 : floor;
    int setBy = wait != NONE && wait >= floor ? BY_DEPENDENCIES : MAYBE;
    int fixed = graph.fixedStart[v];
    if (fixed != NONE && fixed > earliest) {
      earliest = fixed;
      setBy = MAYBE;
    }
    int start = cal.onOrAfter(earliest);
    int finish = cal.plus(start, days - 1);
    int due = dueFinish == null ? NONE : dueFinish[v];
    if (due > finish) { // finish no earlier than the agreed date
      if (fixed == NONE) {
        start = cal.plus(due, -(days - 1));
      }
      finish = due;
      setBy = BY_DUE_DATE;
    }
    es[v] = start;
    ef[v] = finish;
    return setBy;
  }

  /** The dates of a done or started node, as of the day. */
  private void started(int v, int days, WorkingDays cal, int[] es, int[] ef) {
    es[v] = actualStart[v];
    if (kind(v) == DONE) {
      ef[v] = actualFinish[v];
    } else {
      int finish = Math.max(cal.plus(cal.onOrAfter(es[v]), days - 1), cal.onOrAfter(asOf));
      ef[v] = dueFinish == null ? finish : Math.max(finish, dueFinish[v]);
    }
  }

  /**
   * Whether a planned node's finish is its start plus its duration, so that its start may have been set by
   * what it depends on; false for a node whose finish its due date set, and for done and started ones.
   */
  public boolean finishSetByStart(int v, int start, int finish, int days, WorkingDays cal) {
    // A start that is free finishes its duration after, whatever set it; only a fixed one with a due date can
    // take longer.
    return kind(v) == PLANNED && (graph.fixedStart[v] == NONE || dueFinish == null || dueFinish[v] == NONE
        || finish == cal.plus(start, days - 1));
  }

  /**
   * The rule in working-day ranks, for a planned node of a pass in one calendar, not as of a day: the finish,
   * from the rank of its earliest start ({@code max(floor, fixed day, the rank after its dependencies' finish)})
   * and the rank of its due date's last working day ({@link #NONE} if none). Its start is set by its
   * dependencies when the rank after their finish is that earliest start and the finish is not the due date's
   * rank alone: {@code earliest + days - 1 >= due}.
   */
  public static int finishInRanks(int earliest, int days, int due) {
    return Math.max(earliest + days - 1, due);
  }
}
