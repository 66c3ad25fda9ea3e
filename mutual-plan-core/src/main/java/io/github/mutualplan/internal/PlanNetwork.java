package io.github.mutualplan.internal;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.schedule.WorkCalendar;
import java.util.List;

/**
 * A plan's {@link PlanGraph} on both sides' calendars, for the scheduler and the forecast: the graph's arrays
 * (shared, never written), each commitment's duration in working days of its side, and the calendars. Not
 * thread-safe (its calendars grow on demand): one per computation.
 */
public final class PlanNetwork {
  /** No date: the value of {@link #fixedStart} and {@link #due} for a commitment without one. */
  public static final int NONE = PlanGraph.NONE;

  /** The plan. */
  public final MutualActionPlan plan;
  /** Its commitments, in the plan's order; node {@code i} is commitment {@code i}. */
  public final List<Commitment> commitments;
  /** The number of commitments. */
  public final int n;
  /** The dependencies of node {@code i} are {@code preds[predAt[i]..predAt[i + 1])}. */
  public final int[] predAt;
  /** See {@link #predAt}. */
  public final int[] preds;
  /** See {@link PlanGraph#succAt}: the dependents that bound a node's late dates. */
  public final int[] succAt;
  /** See {@link #succAt}. */
  public final int[] succs;
  /** Every node after the nodes it depends on. */
  public final int[] order;
  /** 0 for a buyer-owed commitment, 1 for a seller-owed one: the index of its calendar. */
  public final byte[] side;
  /** Whether a commitment is cancelled, and so not scheduled. */
  public final boolean[] cancelled;
  /** The working days each commitment takes: as estimated, else from start to due, else one. */
  public final int[] duration;
  /** The epoch day a {@linkplain Commitment#fixed() fixed} commitment starts on; {@link #NONE} if not fixed. */
  public final int[] fixedStart;
  /** The epoch day a commitment is due; {@link #NONE} if it has no due date. */
  public final int[] due;
  /** The index in the plan's milestones of the milestone a commitment leads to; -1 if none. */
  public final int[] milestone;
  /** See {@link PlanGraph#leadsToClose}. */
  public final boolean[] leadsToClose;
  /** The buyer's (0) and the seller's (1) working days. */
  public final Workdays[] calendars;

  private final PlanGraph graph;

  /**
   * The network of a plan.
   *
   * @throws io.github.mutualplan.schedule.ScheduleException on a dependency cycle, which a valid plan never has
   */
  public PlanNetwork(MutualActionPlan plan, WorkCalendar buyer, WorkCalendar seller) {
    this.plan = plan;
    this.graph = PlanGraph.of(plan);
    int start = (int) plan.start().toEpochDay();
    calendars = new Workdays[] {new Workdays(buyer, start), new Workdays(seller, start)};
    commitments = graph.commitments;
    n = graph.n;
    predAt = graph.predAt;
    preds = graph.preds;
    succAt = graph.succAt;
    succs = graph.succs;
    order = graph.order;
    side = graph.side;
    cancelled = graph.cancelled;
    fixedStart = graph.fixedStart;
    due = graph.due;
    milestone = graph.milestone;
    leadsToClose = graph.leadsToClose;
    duration = graph.durationFromDates.length == 0 ? graph.days : durationsFromDates();
  }

  /** The graph's durations, with those that come from a start and a due date counted on the side's calendar. */
  private int[] durationsFromDates() {
    int[] days = graph.days.clone();
    for (int i : graph.durationFromDates) {
      Commitment c = commitments.get(i);
      int start = (int) c.start().get().toEpochDay();
      days[i] = Math.max(1, calendar(i).between(start - 1, (int) c.due().get().toEpochDay()));
    }
    return days;
  }

  /** The calendar of a commitment's side. */
  public Workdays calendar(int i) {
    return calendars[side[i]];
  }

  /** The id of node {@code i}. */
  public CommitmentId id(int i) {
    return graph.id(i);
  }

  /** The node of a commitment; -1 if the plan has none by that id. */
  public int indexOf(CommitmentId id) {
    return graph.indexOf(id);
  }
}
