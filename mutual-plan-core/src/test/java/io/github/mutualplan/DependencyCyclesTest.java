package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {
  @Test
  void aDirectedAcyclicGraphHasNoCycle() {
    assertThat(DependencyCycles.find(new int[][] {{1, 2}, {2}, {}})).isEmpty();
    assertThat(DependencyCycles.find(new int[0][])).isEmpty();
  }

  @Test
  void aSelfLoopIsACycleOfOne() {
    assertThat(DependencyCycles.find(new int[][] {{}, {1}})).containsExactly(List.of(1, 1));
  }

  @Test
  void eachCyclicComponentIsReportedOnceFromItsLowestNode() {
    // 0 -> 1 -> 2 -> 0 and, apart, 3 -> 4 -> 3; 5 hangs off the first.
    int[][] edges = {{1}, {2, 5}, {0}, {4}, {3}, {}};
    assertThat(DependencyCycles.find(edges)).containsExactly(List.of(0, 1, 2, 0), List.of(3, 4, 3));
  }

  @Test
  void theCycleReportedIsAShortestOneThroughTheLowestNode() {
    // Two cycles through 0: 0 -> 1 -> 2 -> 3 -> 0 and 0 -> 4 -> 0.
    int[][] edges = {{1, 4}, {2}, {3}, {0}, {0}};
    assertThat(DependencyCycles.find(edges)).containsExactly(List.of(0, 4, 0));
  }

  @Test
  void aLongChainDoesNotOverflowTheStack() {
    int n = 200_000;
    int[][] edges = new int[n][];
    for (int i = 0; i < n; i++) {
      edges[i] = new int[] {(i + 1) % n};
    }
    List<List<Integer>> cycles = DependencyCycles.find(edges);
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0)).hasSize(n + 1).startsWith(0, 1, 2).endsWith(n - 1, 0);
  }

  @Test
  void refusesAnEdgeToNoNodeByItsPlace() {
    assertThatThrownBy(() -> DependencyCycles.find(new int[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edges[1][0] is 2, not a node from 0 to 1");
    assertThatThrownBy(() -> DependencyCycles.find(new int[][] {{}, null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("edges[1]");
  }

  @Test
  void theSharedRulesRefuseNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(int[][].class, new int[0][]);
    tester.testAllPublicStaticMethods(DependencyCycles.class);
    tester.testAllPublicStaticMethods(Texts.class);
    tester.testAllPublicStaticMethods(Keys.class);
  }
}
