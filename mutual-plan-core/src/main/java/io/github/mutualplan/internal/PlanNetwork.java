package io.github.mutualplan.internal;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A plan's commitments as arrays, for the scheduler and the forecast: dependencies and dependents in
 * compressed rows, a topological order, each commitment's side, calendar and duration, and which commitments
 * the close waits for. Not thread-safe (its calendars grow on demand): one per computation.
 *
 * <p>Built by reading each commitment once into arrays, and with an open-addressing table from identifier to
 * node (no map entries, no boxing): scheduling a large plan is bound by reading the plan from memory, not by
 * hashing, so the reading is split into loops that each follow one level of references.
 */
public final class PlanNetwork {
  /** No date: the value of {@link #fixedStart} and {@link #due} for a commitment without one. */
  public static final int NONE = Integer.MIN_VALUE;

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
  /** The epoch day a {@linkplain Commitment#fixed() fixed} commitment starts on; {@link #NONE} if not fixed. */
  public final int[] fixedStart;
  /** The epoch day a commitment is due; {@link #NONE} if it has no due date. */
  public final int[] due;
  /** The index in the plan's milestones of the milestone a commitment leads to; -1 if none. */
  public final int[] milestone;
  /**
   * Whether the close waits for a commitment: it leads to the closing milestone, directly or through others
   * (all commitments, when none leads to a closing milestone).
   */
  public final boolean[] leadsToClose;
  /** The buyer's (0) and the seller's (1) working days. */
  public final Workdays[] calendars;

  private final CommitmentId[] ids;
  /** Open addressing: {@code slots[h]} is node + 1 of the id whose hash probes to {@code h}, 0 if empty. */
  private final int[] slots;
  /** The (spread) hash of the id in each slot, so that probing rarely touches an id. */
  private final int[] slotHash;

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
    ids = new CommitmentId[n];
    side = new byte[n];
    cancelled = new boolean[n];
    duration = new int[n];
    fixedStart = new int[n];
    due = new int[n];
    milestone = new int[n];
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1; // a power of two, at least 2n
    slots = new int[capacity];
    slotHash = new int[capacity];
    // Reading a large plan is bound by cache misses, not by work: each step below loads what the one before it
    // found, and the iterations of its loop do not depend on each other, so that the processor overlaps their
    // misses. Small methods, so that the compiler keeps each loop tight.
    List<Milestone> milestones = plan.milestones();
    Set<CommitmentId>[] dependsOn = readCommitments(milestones);
    indexIds();
    predAt = new int[n + 1];
    CommitmentId[] dependencies = gatherDependencies(dependsOn);
    preds = resolve(dependencies, predAt[n]);
    succAt = new int[n + 1];
    succs = new int[preds.length];
    reverse();
    order = TopologicalOrder.of(predAt, preds, succAt, succs, i -> ids[i].key(),
        () -> "plan '" + plan.id() + "'");
    leadsToClose = closeNetwork(milestones);
  }

  /** Reads each commitment once into the arrays; returns the dependency sets, to read next. */
  private Set<CommitmentId>[] readCommitments(List<Milestone> milestones) {
    MilestoneId[] milestoneIds = new MilestoneId[milestones.size()];
    for (int k = 0; k < milestoneIds.length; k++) {
      milestoneIds[k] = milestones.get(k).id();
    }
    @SuppressWarnings("unchecked")
    Set<CommitmentId>[] dependsOn = new Set[n];
    for (int i = 0; i < n; i++) {
      Commitment c = commitments.get(i);
      ids[i] = c.id();
      dependsOn[i] = c.dependsOn();
      side[i] = (byte) (c.owingSide() == Side.BUYER ? 0 : 1);
      cancelled[i] = c.status() == CommitmentStatus.CANCELLED;
      Optional<LocalDate> dueDate = c.due();
      due[i] = dueDate.isPresent() ? (int) dueDate.get().toEpochDay() : NONE;
      fixedStart[i] = c.fixed() ? (int) c.start().get().toEpochDay() : NONE;
      duration[i] = durationOf(c, calendars[side[i]]);
      Optional<MilestoneId> m = c.milestone();
      milestone[i] = m.isPresent() ? milestoneIndex(milestoneIds, m.get()) : -1;
    }
    return dependsOn;
  }

  /** Puts every id in the open-addressing table. */
  private void indexIds() {
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      int hash = spread(ids[i].hashCode());
      int h = hash & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = i + 1;
      slotHash[h] = hash;
    }
  }

  /**
   * The ids of every commitment's dependencies, one commitment after another, copied without an iterator;
   * fills {@link #predAt}. The array may be longer than {@code predAt[n]}, the number of dependencies.
   */
  private CommitmentId[] gatherDependencies(Set<CommitmentId>[] dependsOn) {
    CommitmentId[] dependencies = new CommitmentId[Math.max(16, 2 * n)];
    CommitmentId[] some = new CommitmentId[8]; // one commitment's
    int e = 0;
    for (int i = 0; i < n; i++) {
      predAt[i] = e;
      int size = dependsOn[i].size();
      if (size > some.length) {
        some = new CommitmentId[size];
      }
      if (e + size > dependencies.length) {
        dependencies = Arrays.copyOf(dependencies, Math.max(2 * dependencies.length, e + size));
      }
      System.arraycopy(dependsOn[i].toArray(some), 0, dependencies, e, size);
      e += size;
    }
    predAt[n] = e;
    return dependencies;
  }

  /** The node of each dependency: all hashes first, then all lookups. */
  private int[] resolve(CommitmentId[] dependencies, int edges) {
    int[] nodes = new int[edges];
    for (int k = 0; k < edges; k++) {
      nodes[k] = spread(dependencies[k].hashCode());
    }
    for (int k = 0; k < edges; k++) {
      nodes[k] = indexOf(dependencies[k], nodes[k]);
    }
    return nodes;
  }

  /** Fills {@link #succAt} and {@link #succs} from the dependencies. */
  private void reverse() {
    int[] fill = new int[n + 1]; // first each node's number of dependents, then the next free place among them
    for (int p : preds) {
      fill[p + 1]++;
    }
    for (int i = 0; i < n; i++) {
      succAt[i + 1] = succAt[i] + fill[i + 1];
    }
    System.arraycopy(succAt, 0, fill, 0, n + 1);
    for (int i = 0; i < n; i++) {
      for (int k = predAt[i]; k < predAt[i + 1]; k++) {
        succs[fill[preds[k]]++] = i;
      }
    }
  }

  /** The calendar of a commitment's side. */
  public Workdays calendar(int i) {
    return calendars[side[i]];
  }

  /** The id of node {@code i}. */
  public CommitmentId id(int i) {
    return ids[i];
  }

  /** The node of a commitment; -1 if the plan has none by that id. */
  public int indexOf(CommitmentId id) {
    return indexOf(id, spread(id.hashCode()));
  }

  private int indexOf(CommitmentId id, int hash) {
    int mask = slots.length - 1;
    for (int h = hash & mask; slots[h] != 0; h = (h + 1) & mask) {
      if (slotHash[h] == hash) {
        CommitmentId candidate = ids[slots[h] - 1];
        if (candidate == id || candidate.equals(id)) {
          return slots[h] - 1;
        }
      }
    }
    return -1;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static int milestoneIndex(MilestoneId[] milestoneIds, MilestoneId id) {
    for (int k = 0; k < milestoneIds.length; k++) {
      if (milestoneIds[k] == id) {
        return k;
      }
    }
    for (int k = 0; k < milestoneIds.length; k++) {
      if (milestoneIds[k].equals(id)) {
        return k;
      }
    }
    return -1;
  }

  private static int durationOf(Commitment c, Workdays calendar) {
    OptionalInt days = c.durationDays();
    if (days.isPresent()) {
      return days.getAsInt();
    }
    if (c.start().isPresent() && c.due().isPresent()) {
      int start = (int) c.start().get().toEpochDay();
      return Math.max(1, calendar.between(start - 1, (int) c.due().get().toEpochDay()));
    }
    return 1;
  }

  private boolean[] closeNetwork(List<Milestone> milestones) {
    boolean[] close = new boolean[n];
    int closing = -1;
    for (int k = 0; k < milestones.size(); k++) {
      if (milestones.get(k).closing()) {
        closing = k;
        break;
      }
    }
    boolean any = false;
    if (closing >= 0) {
      for (int i = 0; i < n; i++) {
        if (milestone[i] == closing) {
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
