package io.github.mutualplan.engine;

import io.github.mutualplan.DependencyCycles;
import io.github.mutualplan.ScheduleException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A topological order of a graph in compressed rows: Kahn's, when the nodes' own order is not one. Its methods
 * keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class TopologicalOrder {
  private TopologicalOrder() {}

  /** Whether every node comes after the nodes it depends on already. */
  private static boolean inOrder(int[] predAt, int[] preds) {
    boolean inOrder = true;
    for (int i = 0; i + 1 < predAt.length; i++) {
      for (int k = predAt[i]; k < predAt[i + 1]; k++) {
        inOrder &= preds[k] < i;
      }
    }
    return inOrder;
  }

  /**
   * The nodes in an order where every node comes after the nodes it depends on, by Kahn's algorithm; null when
   * their own order is one already, as in most plans.
   *
   * @param predAt the predecessors of node {@code i} are {@code preds[predAt[i]..predAt[i + 1])}
   * @param succAt the successors of node {@code i} are {@code succs[succAt[i]..succAt[i + 1])}
   * @param names the name of a node, for the message of a cycle
   * @param what what is ordered, for the message of a cycle (asked for only then)
   * @throws ScheduleException on a cycle (which a valid plan never has), with the cycle's path
   */
  public static int @Nullable [] of(int[] predAt, int[] preds, int[] succAt, int[] succs, IntFunction<String> names,
      Supplier<String> what) {
    if (inOrder(predAt, preds)) {
      return null;
    }
    int n = predAt.length - 1;
    int[] order = new int[n];
    int[] waiting = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = predAt[i + 1] - predAt[i];
      if (waiting[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int v = order[head++];
      for (int k = succAt[v]; k < succAt[v + 1]; k++) {
        if (--waiting[succs[k]] == 0) {
          order[tail++] = succs[k];
        }
      }
    }
    if (tail < n) {
      int[][] edges = new int[n][];
      for (int i = 0; i < n; i++) {
        edges[i] = Arrays.copyOfRange(preds, predAt[i], predAt[i + 1]);
      }
      List<Integer> cycle = DependencyCycles.find(edges).get(0);
      throw new ScheduleException(what.get() + " cannot be scheduled: dependency cycle "
          + cycle.stream().map(names::apply).collect(Collectors.joining(" -> ")));
    }
    return order;
  }
}
