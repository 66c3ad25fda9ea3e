package io.github.mutualplan.internal;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.schedule.WorkCalendar;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's commitments as arrays, for the scheduler and the forecast: dependencies and dependents in
 * compressed rows, a topological order, each commitment's side, calendar and duration, and which commitments
 * the close waits for. Not thread-safe (its calendars grow on demand): one per computation.
 */
public final class PlanNetwork {
  /** The plan. */
  public final MutualActionPlan plan;
  /** Its commitments, in the plan's order; node {@code i} is commitment {@code i}. */
  public final List<Commitment> commitments;
  /** The number of commitments. */
  public final int n;
  /** The node of each commitment. */
  public final Map<CommitmentId, Integer> index;
  /** The dependencies of node {@code i} are {@code preds[predAt[i]..predAt[i + 1])}. */
  public final int[] predAt;
  /** See {@link #predAt}. */
  public final int[] preds;
  /** The dependents of node {@code i} are {@code succs[succAt[i]..succAt[i + 1])}. */
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
  /**
   * Whether the close waits for a commitment: it leads to the closing milestone, directly or through others
   * (all commitments, when none leads to a closing milestone).
   */
  public final boolean[] leadsToClose;
  /** The buyer's (0) and the seller's (1) working days. */
  public final Workdays[] calendars;

  /**
   * The network of a plan.
   *
   * @throws io.github.mutualplan.schedule.ScheduleException on a dependency cycle, which a valid plan never has
   */
  public PlanNetwork(MutualActionPlan plan, WorkCalendar buyer, WorkCalendar seller) {
    this.plan = plan;
    this.commitments = plan.commitments();
    this.n = commitments.size();
    int start = (int) plan.start().toEpochDay();
    calendars = new Workdays[] {new Workdays(buyer, start), new Workdays(seller, start)};
    index = new HashMap<>(n * 2);
    side = new byte[n];
    cancelled = new boolean[n];
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
    duration = new int[n];
    for (int i = 0; i < n; i++) {
      duration[i] = durationOf(commitments.get(i), calendars[side[i]]);
    }
    order = TopologicalOrder.of(predAt, preds, succAt, succs, i -> commitments.get(i).id().key(),
        "plan '" + plan.id() + "'");
    leadsToClose = closeNetwork();
  }

  /** The calendar of a commitment's side. */
  public Workdays calendar(int i) {
    return calendars[side[i]];
  }

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

  private boolean[] closeNetwork() {
    boolean[] close = new boolean[n];
    Optional<MilestoneId> closing = plan.closingMilestone().map(Milestone::id);
    boolean any = false;
    if (closing.isPresent()) {
      for (int i = 0; i < n; i++) {
        if (closing.equals(commitments.get(i).milestone())) {
          close[i] = true;
          any = true;
        }
      }
    }
    if (!any) {
      Arrays.fill(close, true);
      return close;
    }
    for (int j = n - 1; j >= 0; j--) {
      int v = order[j];
      if (close[v]) {
        for (int k = predAt[v]; k < predAt[v + 1]; k++) {
          close[preds[k]] = true;
        }
      }
    }
    return close;
  }
}
