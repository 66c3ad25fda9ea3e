package io.github.mutualplan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds dependency cycles in a directed graph of {@code n} nodes given as adjacency arrays. Reports one
 * cycle per strongly connected component that has one, so the answer stays small (an arbitrary graph can
 * have exponentially many elementary cycles). Linear in the nodes and edges, and iterative: deep graphs
 * cannot overflow the stack. A plan reports its cycles with it ({@link PlanRule#ACYCLIC_DEPENDENCIES}), and so
 * does a template; a tool that lets people order their own steps can use it too:
 *
 * <pre>{@code
 * int[][] dependsOn = {{1}, {2}, {0}, {}};  // 0 after 1, 1 after 2, 2 after 0; 3 on its own
 * DependencyCycles.find(dependsOn);          // [[0, 1, 2, 0]]
 * }</pre>
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class DependencyCycles {
  private DependencyCycles() {}

  /**
   * Returns one closed cycle per cyclic strongly connected component, ordered by the component's lowest
   * node. Each cycle starts and ends at the component's lowest node ({@code [a, b, c, a]}; a self-loop is
   * {@code [a, a]}) and is a shortest cycle through that node.
   *
   * @param edges {@code edges[i]} lists the nodes that node {@code i} points to
   * @return the cycles; empty for a directed acyclic graph
   * @throws IllegalArgumentException if a node points to no node ({@code edges[i][k]} not from 0 to n - 1)
   */
  public static List<List<Integer>> find(int[][] edges) {
    checkNodes(Objects.requireNonNull(edges, "edges"));
    int[] component = components(edges);
    int n = edges.length;
    int[] size = new int[n];
    boolean[] selfLoop = new boolean[n];
    for (int v = 0; v < n; v++) {
      size[component[v]]++;
      for (int w : edges[v]) {
        selfLoop[component[v]] |= w == v;
      }
    }
    boolean[] reported = new boolean[n];
    int[] previous = new int[n];
    Arrays.fill(previous, -1);
    List<List<Integer>> cycles = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      int c = component[start];
      if (reported[c] || (size[c] == 1 && !selfLoop[c])) {
        continue;
      }
      reported[c] = true;
      cycles.add(shortestCycleThrough(start, edges, component, previous));
    }
    return cycles;
  }

  private static void checkNodes(int[][] edges) {
    for (int v = 0; v < edges.length; v++) {
      int[] to = edges[v];
      if (to == null) {
        throw new NullPointerException("edges[" + v + "]");
      }
      for (int k = 0; k < to.length; k++) {
        if (to[k] < 0 || to[k] >= edges.length) {
          throw new IllegalArgumentException("edges[" + v + "][" + k + "] is " + to[k] + ", not a node from 0 to "
              + (edges.length - 1));
        }
      }
    }
  }

  /** Tarjan's algorithm without recursion or boxing; returns the component number of each node. */
  private static int[] components(int[][] edges) {
    int n = edges.length;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    int[] nextEdge = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n]; // the nodes of the components not yet closed
    int[] call = new int[n]; // the depth-first path: each node holds its place once, so n is enough
    int stackSize = 0;
    int callSize = 0;
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      call[callSize++] = root;
      index[root] = low[root] = counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (callSize > 0) {
        int v = call[callSize - 1];
        if (nextEdge[v] < edges[v].length) {
          int w = edges[v][nextEdge[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            call[callSize++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        callSize--;
        if (callSize > 0) {
          int parent = call[callSize - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--stackSize];
            onStack[w] = false;
            component[w] = components;
          } while (w != v);
          components++;
        }
      }
    }
    return component;
  }

  /**
   * Breadth-first search within the node's cyclic component back to the node. {@code previous} is -1 for
   * every node of the component on entry; the search marks only nodes of this component, so one array serves
   * every component and the searches together are linear in the graph.
   */
  private static List<Integer> shortestCycleThrough(int start, int[][] edges, int[] component, int[] previous) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    while (true) {
      int v = queue.remove(); // a cyclic component leads back to its start before the queue runs dry
      for (int w : edges[v]) {
        if (component[w] != component[start]) {
          continue;
        }
        if (w == start) {
          List<Integer> back = new ArrayList<>();
          for (int at = v; at != start; at = previous[at]) {
            back.add(at);
          }
          List<Integer> cycle = new ArrayList<>(back.size() + 2);
          cycle.add(start);
          for (int i = back.size() - 1; i >= 0; i--) {
            cycle.add(back.get(i));
          }
          cycle.add(start);
          return cycle;
        }
        if (previous[w] < 0) {
          previous[w] = v;
          queue.add(w);
        }
      }
    }
  }
}
