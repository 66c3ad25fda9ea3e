package io.github.mutualplan.engine;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;

/**
 * A plan's {@link PlanGraph} on both sides' calendars, for the scheduler and the forecast: the graph (shared,
 * never written), each commitment's duration in working days of its side, and the calendars. Not thread-safe
 * (its calendars grow on demand): one per computation.
 *
 * @since 0.1.0
 */
public final class PlanNetwork {
  /** The plan. */
  public final MutualActionPlan plan;
  /** The plan's graph: node {@code i} is {@code graph.commitments.get(i)}, in a topological order. */
  public final PlanGraph graph;
  /** The working days each commitment takes: as estimated, else from start to due, else one. */
  public final int[] duration;
  /** The buyer's (0) and the seller's (1) working days. */
  public final Workdays[] calendars;

  /**
   * The network of a plan.
   *
   * @throws io.github.mutualplan.ScheduleException on a dependency cycle, which a valid plan never has
   */
  public PlanNetwork(MutualActionPlan plan, WorkCalendar buyer, WorkCalendar seller) {
    this.plan = plan;
    this.graph = PlanGraph.of(plan);
    int start = (int) plan.start().toEpochDay();
    calendars = new Workdays[] {new Workdays(buyer, start), new Workdays(seller, start)};
    duration = graph.durationFromDates.length == 0 ? graph.days : durationsFromDates();
  }

  /** The graph's durations, with those that come from a start and a due date counted on the side's calendar. */
  private int[] durationsFromDates() {
    int[] days = graph.days.clone();
    for (int i : graph.durationFromDates) {
      Commitment c = graph.commitments.get(i);
      int start = (int) c.start().get().toEpochDay();
      days[i] = Math.max(1, calendar(i).between(start - 1, (int) c.due().get().toEpochDay()));
    }
    return days;
  }

  /** The calendar of a commitment's side. */
  public Workdays calendar(int i) {
    return calendars[graph.side[i]];
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
