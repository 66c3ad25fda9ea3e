package io.github.mutualplan.benchmarks;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: scheduling one plan of N commitments (about two dependencies each), ours against JGraphT.
 *
 * <ul>
 *   <li>{@code mutualPlan}: {@link Scheduler#schedule}: forward and backward pass on both sides' weekday
 *       calendars, slack, critical path, conflicts, milestone dates: the whole {@link Schedule}. The plan is
 *       scheduled again and again, so from the second call on it reads the dependency graph the plan kept.
 *   <li>{@code mutualPlanFirstSchedule}: the same on a copy of the plan made just before each call (not
 *       measured), which has not been scheduled: the call also reads the plan into its graph. What a program
 *       pays for the first schedule of a plan it has just built or read.
 *   <li>{@code jgraphtLongestPath}: a topological-order forward pass over a JGraphT graph built once in the
 *       setup, in plain day counts (no calendar): only the finish. The peer's best case.
 *   <li>{@code jgraphtCpm}: the same graph, forward and backward pass, early and late dates and slack: the work
 *       we do, still without calendars.
 *   <li>{@code jgraphtFromPlan}: the JGraphT CPM including building its graph from the plan, as our first
 *       schedule of a plan reads the plan into its graph: the comparison for {@code mutualPlanFirstSchedule}.
 * </ul>
 *
 * <p>MPXJ is in {@link MpxjScheduleBenchmark}: it is too slow for 100,000 commitments in this run.
 * {@code SameFinishTest} checks that all of them give the same finish on one plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ScheduleBenchmark {
  /** The seed of every benchmark plan. */
  public static final long SEED = 20270104L;

  @Param({"100", "1000", "10000", "100000"})
  public int commitments;

  private MutualActionPlan plan;
  private RandomPlans.Dag dag;
  private Graph<Integer, DefaultEdge> graph;

  @Setup(Level.Trial)
  public void setUp() {
    dag = RandomPlans.dag(commitments, SEED);
    plan = RandomPlans.plan(commitments, SEED);
    graph = Peers.graph(dag);
  }

  @Benchmark
  public Schedule mutualPlan() {
    return Scheduler.of(ScheduleOptions.defaults()).schedule(plan);
  }

  @Benchmark
  public Schedule mutualPlanFirstSchedule(Unscheduled unscheduled) {
    return Scheduler.of(ScheduleOptions.defaults()).schedule(unscheduled.plan);
  }

  /**
   * A copy of the benchmark's plan with the next version number, made before each call: it has not been
   * scheduled yet. A {@code with} copy validates the plan again (not measured), as building or reading it would.
   */
  @State(Scope.Thread)
  public static class Unscheduled {
    MutualActionPlan plan;

    @Setup(Level.Invocation)
    public void copy(ScheduleBenchmark benchmark) {
      MutualActionPlan original = benchmark.plan;
      plan = original.withVersion(original.version() + 1);
    }
  }

  @Benchmark
  public int jgraphtLongestPath() {
    return Peers.longestPath(graph, dag.duration);
  }

  @Benchmark
  public Peers.CpmResult jgraphtCpm() {
    return Peers.cpm(graph, dag.duration);
  }

  @Benchmark
  public Peers.CpmResult jgraphtFromPlan() {
    int[] duration = new int[commitments];
    return Peers.cpm(Peers.graph(plan, duration), duration);
  }
}
