package io.github.mutualplan.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What scheduling needs from a plan that no calendar changes, as arrays: dependencies and dependents in
 * compressed rows, each commitment's side, status, duration, dates and milestone, and which commitments the
 * close waits for. Immutable: no one writes its arrays.
 *
 * <p>Its nodes are in a topological order: every node comes after the nodes it depends on, so that a pass
 * walks them by index. Node {@code i} is commitment {@code i} of the plan when the plan lists every commitment
 * after what it depends on, as most plans do; else the graph numbers the commitments in a topological order
 * and {@link #position} and {@link #node} map between the two.
 *
 * <p>A plan of {@value #KEPT_FROM} commitments or more keeps its graph once it has been asked for
 * ({@link #of}), so that scheduling, assessing and forecasting the same plan read its commitments once: a large
 * plan no longer fits in the processor's caches, and reading it again (every commitment, its id, its
 * dependency set and the ids in that set, which can be anywhere in the plan) would cost more than the whole
 * critical-path method on these arrays. The graph takes 56 to 71 bytes per commitment, some 15 to 19 % of the
 * plan's own size, and 8 more for {@link #position} and {@link #node} when it numbers the nodes itself. A
 * smaller plan, as most are, keeps nothing: it is read again in a few microseconds, and a portfolio that holds
 * a hundred thousand of them paid more in the collector for their graphs than it saved.
 *
 * <p>Built with an open-addressing table from identifier to node (no map entries, no boxing), in loops that
 * each follow one level of references, so that the processor overlaps their cache misses.
 *
 * <p>Instances are immutable and safe to share between threads: a kept graph serves every thread that asks.
 *
 * @since 0.1.0
 */
public final class PlanGraph {
  /** No date: the value of {@link #fixedStart} and {@link #due} for a commitment without one. */
  public static final int NONE = Integer.MIN_VALUE;

  /** The number of commitments from which a plan keeps its graph. */
  public static final int KEPT_FROM = 64;

  /** The commitments {@link #readCommitments} reads at a time, which stay in the cache for its second loop. */
  private static final int BLOCK = 64;

  /**
   * The graphs plans keep, by the plan's identity and only while the plan is in use (weak keys: a graph holds
   * the plan's commitments, never the plan). A plan is immutable, so its graph never goes stale; two threads
   * that ask at once may both compute it, and either answer is the same.
   */
  private static final Cache<MutualActionPlan, PlanGraph> KEPT = CacheBuilder.newBuilder().weakKeys().build();

  /** The plan's commitments by node: in the plan's order when that is topological. */
  public final List<Commitment> commitments;
  /** The number of commitments. */
  public final int n;
  /** The dependencies of node {@code i} are {@code preds[predAt[i]..predAt[i + 1])}. */
  public final int[] predAt;
  /** See {@link #predAt}. */
  public final int[] preds;
  /**
   * The dependents of node {@code i} that bound its late dates are {@code succs[succAt[i]..succAt[i + 1])}:
   * those on the same side of the close network (both lead to the close, or neither does). Most are.
   */
  public final int[] succAt;
  /** See {@link #succAt}. */
  public final int[] succs;
  /**
   * The position in the plan of each node, and the node at each position in the plan; null when the plan lists
   * every commitment after what it depends on, and node and position are the same.
   */
  private final int @Nullable [] positions;
  private final int @Nullable [] nodes;
  /** 0 for a buyer-owed commitment, 1 for a seller-owed one: the index of its calendar. */
  public final byte[] side;
  /** Whether a commitment is cancelled, and so not scheduled. */
  public final boolean[] cancelled;
  /** The nodes not cancelled, in the plan's order (not the nodes' order): the commitments a schedule has. */
  public final int[] scheduled;
  /** The working days each commitment takes as estimated, else one; see {@link #durationFromDates}. */
  public final int[] days;
  /**
   * The nodes without an estimate that have a start and a due date: their duration is the working days
   * from one to the other, which depends on the calendar. Usually empty.
   */
  public final int[] durationFromDates;
  /** The epoch day a {@linkplain Commitment#fixed() fixed} commitment starts on; {@link #NONE} if not fixed. */
  public final int[] fixedStart;
  /** The epoch day a commitment is due; {@link #NONE} if it has no due date. */
  public final int[] due;
  /** How many commitments have a due date. */
  public final int dueCount;
  /** The index in the plan's milestones of the milestone a commitment leads to; -1 if none. */
  public final int[] milestone;
  /**
   * Whether the close waits for a commitment: it leads to the closing milestone, directly or through others
   * (all commitments, when none leads to a closing milestone).
   */
  public final boolean[] leadsToClose;
  /** Open addressing: {@code slots[h]} is node + 1 of the id whose hash probes to {@code h}, 0 if empty. */
  private final int[] slots;

  /**
   * The graph of a plan: the one it keeps if it has {@value #KEPT_FROM} commitments or more, else a new one.
   *
   * @throws io.github.mutualplan.ScheduleException on a dependency cycle, which a valid plan never has
   */
  public static PlanGraph of(MutualActionPlan plan) {
    if (plan.commitments().size() < KEPT_FROM) {
      return new PlanGraph(plan);
    }
    PlanGraph graph = KEPT.getIfPresent(plan);
    if (graph == null) {
      graph = new PlanGraph(plan);
      KEPT.put(plan, graph);
    }
    return graph;
  }

  /**
   * Computes the graph of a plan; {@link #of} returns the one the plan keeps.
   *
   * @throws io.github.mutualplan.ScheduleException on a dependency cycle, which a valid plan never has
   */
  public PlanGraph(MutualActionPlan plan) {
    List<Commitment> listed = plan.commitments();
    n = listed.size();
    CommitmentId[] ids = new CommitmentId[n];
    side = new byte[n];
    cancelled = new boolean[n];
    days = new int[n];
    fixedStart = new int[n];
    due = new int[n];
    milestone = new int[n];
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1; // a power of two, at least 2n
    slots = new int[capacity];
    // Each step below loads what the one before it found, and the iterations of its loop do not depend on
    // each other, so that the processor overlaps their misses. Small methods, so that the compiler keeps each
    // loop tight.
    List<Milestone> milestones = plan.milestones();
    @SuppressWarnings("unchecked")
    Set<CommitmentId>[] dependsOn = new Set[n];
    int[] fromDates = readCommitments(listed, milestones, ids, dependsOn);
    int[] hashes = indexIds(ids);
    predAt = new int[n + 1];
    Object[] dependencies = gatherDependencies(dependsOn);
    int[] resolved = resolve(ids, hashes, dependencies, predAt[n]);
    int[] dependentAt = new int[n + 1];
    int[] dependents = new int[resolved.length];
    reverse(resolved, dependentAt, dependents);
    int[] order = TopologicalOrder.of(predAt, resolved, dependentAt, dependents, i -> ids[i].key(),
        () -> "plan '" + plan.id() + "'");
    if (order == null) { // the plan lists every commitment after what it depends on
      positions = null;
      nodes = null;
      commitments = listed;
      preds = resolved;
      durationFromDates = fromDates;
    } else { // number the nodes in the topological order
      int[] nodeAt = new int[n];
      for (int v = 0; v < n; v++) {
        nodeAt[order[v]] = v;
      }
      positions = order;
      nodes = nodeAt;
      Commitment[] sorted = new Commitment[n];
      for (int v = 0; v < n; v++) {
        sorted[v] = listed.get(order[v]);
      }
      commitments = Collections.unmodifiableList(Arrays.asList(sorted));
      durationFromDates = readCommitments(commitments, milestones, ids, dependsOn); // again, by node
      Arrays.fill(slots, 0);
      indexIds(ids);
      preds = renumber(resolved, order, nodeAt);
      Arrays.fill(dependentAt, 0);
      reverse(preds, dependentAt, dependents);
    }
    scheduled = notCancelled();
    int withDue = 0;
    for (int day : due) {
      withDue += day == NONE ? 0 : 1;
    }
    dueCount = withDue;
    leadsToClose = closeNetwork(milestones);
    succAt = dependentAt;
    succs = sameSide(dependentAt, dependents);
  }

  /**
   * Rewrites {@link #predAt} by node, and returns the dependencies, resolved by position, by node.
   *
   * @param positionOf the position in the plan of each node
   * @param nodeAt the node at each position
   */
  private int[] renumber(int[] resolved, int[] positionOf, int[] nodeAt) {
    int[] listedAt = predAt.clone();
    int[] renumbered = new int[resolved.length];
    int e = 0;
    for (int v = 0; v < n; v++) {
      predAt[v] = e;
      for (int k = listedAt[positionOf[v]]; k < listedAt[positionOf[v] + 1]; k++) {
        renumbered[e++] = nodeAt[resolved[k]];
      }
    }
    predAt[n] = e;
    return renumbered;
  }

  /**
   * Reads each commitment of a list into the arrays, its id into {@code ids} and its dependency set into
   * {@code dependsOn}, to read next; returns the indexes of those whose duration comes from their dates.
   *
   * <p>In blocks of {@value #BLOCK}: the commitments first, then the dates they point to (objects of their own),
   * so that the misses of each loop overlap, where one loop made each date wait for its commitment. Assessing a
   * portfolio of plans of 10 to 20 commitments, which are not in the cache, took 8 to 12 % less CPU; building
   * the graph of the same plan again and again, its commitments in the cache, 3 to 5 % more.
   */
  private int[] readCommitments(List<Commitment> list, List<Milestone> milestones, CommitmentId[] ids,
      Set<CommitmentId>[] dependsOn) {
    MilestoneId[] milestoneIds = new MilestoneId[milestones.size()];
    for (int k = 0; k < milestoneIds.length; k++) {
      milestoneIds[k] = milestones.get(k).id();
    }
    int[] fromDates = new int[n];
    int count = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      for (int i = from; i < to; i++) { // the commitments
        Commitment c = list.get(i);
        ids[i] = c.id();
        dependsOn[i] = c.dependsOn();
        side[i] = (byte) (c.owingSide() == Side.BUYER ? 0 : 1);
        cancelled[i] = c.status() == CommitmentStatus.CANCELLED;
        days[i] = c.durationDays().orElse(1);
        Optional<MilestoneId> m = c.milestone();
        milestone[i] = m.isPresent() ? milestoneIndex(milestoneIds, m.get()) : -1;
      }
      for (int i = from; i < to; i++) { // the dates they point to
        Commitment c = list.get(i);
        Optional<LocalDate> dueDate = c.due();
        due[i] = dueDate.isPresent() ? (int) dueDate.get().toEpochDay() : NONE;
        fixedStart[i] = c.fixed() ? (int) c.start().get().toEpochDay() : NONE;
        if (c.durationDays().isEmpty() && c.start().isPresent() && dueDate.isPresent()) {
          fromDates[count++] = i;
        }
      }
    }
    return Arrays.copyOf(fromDates, count);
  }

  private int[] notCancelled() {
    int[] found = new int[n];
    int count = 0;
    for (int p = 0; p < n; p++) {
      int v = node(p);
      if (!cancelled[v]) {
        found[count++] = v;
      }
    }
    return count == n ? found : Arrays.copyOf(found, count);
  }

  /** Puts every id in the open-addressing table; returns each id's (spread) hash. */
  private int[] indexIds(CommitmentId[] ids) {
    int[] hashes = new int[n];
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      int hash = spread(ids[i].hashCode());
      hashes[i] = hash;
      int h = hash & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = i + 1;
    }
    return hashes;
  }

  /**
   * The ids of every commitment's dependencies, one commitment after another; fills {@link #predAt}. The array
   * may be longer than {@code predAt[n]}, the number of dependencies. Objects, not ids: a cast to
   * {@code CommitmentId} would load every id to check its class, one cache miss each in a large plan, and
   * {@link #resolve} loads them anyway. Each set is copied out through one small array, not iterated: an
   * iterator is an allocation per commitment, which a portfolio of small plans pays for every plan.
   */
  private Object[] gatherDependencies(Set<CommitmentId>[] dependsOn) {
    Object[] dependencies = new Object[Math.max(16, 2 * n)];
    Object[] set = new Object[4]; // a larger set comes back in an array of its own, kept for the next
    int e = 0;
    for (int i = 0; i < n; i++) {
      predAt[i] = e;
      Set<?> ids = dependsOn[i];
      int size = ids.size();
      if (e + size > dependencies.length) {
        dependencies = Arrays.copyOf(dependencies, Math.max(2 * dependencies.length, e + size));
      }
      set = ids.toArray(set);
      System.arraycopy(set, 0, dependencies, e, size);
      e += size;
    }
    predAt[n] = e;
    return dependencies;
  }

  /** The node of each dependency: all hashes first, then all lookups. */
  private int[] resolve(CommitmentId[] ids, int[] hashes, Object[] dependencies, int edges) {
    int[] nodes = new int[edges];
    for (int k = 0; k < edges; k++) {
      nodes[k] = spread(dependencies[k].hashCode());
    }
    int mask = slots.length - 1;
    for (int k = 0; k < edges; k++) {
      CommitmentId id = (CommitmentId) dependencies[k];
      int hash = nodes[k];
      int node = -1;
      for (int h = hash & mask; slots[h] != 0; h = (h + 1) & mask) {
        int candidate = slots[h] - 1;
        if (hashes[candidate] == hash && (ids[candidate] == id || ids[candidate].equals(id))) {
          node = candidate;
          break;
        }
      }
      nodes[k] = node;
    }
    return nodes;
  }

  /** Fills the dependents of each node from its dependencies ({@code dependencies}), in compressed rows. */
  private void reverse(int[] dependencies, int[] dependentAt, int[] dependents) {
    int[] fill = new int[n + 1]; // first each node's number of dependents, then the next free place among them
    for (int p : dependencies) {
      fill[p + 1]++;
    }
    for (int i = 0; i < n; i++) {
      dependentAt[i + 1] = dependentAt[i] + fill[i + 1];
    }
    System.arraycopy(dependentAt, 0, fill, 0, n + 1);
    for (int i = 0; i < n; i++) {
      for (int k = predAt[i]; k < predAt[i + 1]; k++) {
        dependents[fill[dependencies[k]]++] = i;
      }
    }
  }

  /**
   * Keeps, in place, the dependents on the same side of the close network as their dependency (rewriting
   * {@code dependentAt}); returns the array of those kept.
   */
  private int[] sameSide(int[] dependentAt, int[] dependents) {
    int kept = 0;
    int from = 0;
    for (int i = 0; i < n; i++) {
      int to = dependentAt[i + 1];
      dependentAt[i] = kept;
      for (int k = from; k < to; k++) {
        if (leadsToClose[dependents[k]] == leadsToClose[i]) {
          dependents[kept++] = dependents[k];
        }
      }
      from = to;
    }
    dependentAt[n] = kept;
    return kept == dependents.length ? dependents : Arrays.copyOf(dependents, kept);
  }

  /** The position in the plan's commitments of node {@code v}. */
  public int position(int v) {
    return positions == null ? v : positions[v];
  }

  /** The node of the commitment at position {@code p} in the plan's commitments. */
  public int node(int p) {
    return nodes == null ? p : nodes[p];
  }

  /** The id of node {@code i}. */
  public CommitmentId id(int i) {
    return commitments.get(i).id();
  }

  /** The node of a commitment; -1 if the plan has none by that id. */
  public int indexOf(CommitmentId id) {
    int mask = slots.length - 1;
    for (int h = spread(id.hashCode()) & mask; slots[h] != 0; h = (h + 1) & mask) {
      if (id(slots[h] - 1).equals(id)) {
        return slots[h] - 1;
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
    for (int v = n - 1; v >= 0; v--) {
      if (close[v]) {
        for (int k = predAt[v]; k < predAt[v + 1]; k++) {
          close[preds[k]] = true;
        }
      }
    }
    return close;
  }
}
