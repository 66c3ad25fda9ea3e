package io.github.mutualplan.benchmarks;

import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.mpxj.ProjectFile;
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
 * Issue 4, the MPXJ peer: its {@code MicrosoftScheduler} (CPM as Microsoft Project does it, on MPXJ's default
 * Monday-to-Friday calendar) on the same shapes as {@link ScheduleBenchmark}, up to 10,000 commitments;
 * {@link MpxjLargeScheduleBenchmark} measures 100,000 once.
 *
 * <p>The project is built once per trial and scheduled again in every invocation. MPXJ's scheduler writes its
 * results into the project (early, late, start and finish dates of every task), but it computes them again
 * from the durations and links each time, and scheduling the same project twice gives the same finish
 * ({@code SameFinishTest} checks that), so this is what a user who reschedules a project pays. Building the
 * project is not measured, as building the graph is not for JGraphT nor building the plan for us.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MpxjScheduleBenchmark {
  @Param({"100", "1000", "10000"})
  public int commitments;

  private ProjectFile project;

  @Setup(Level.Trial)
  public void setUp() {
    project = Peers.project(RandomPlans.dag(commitments, ScheduleBenchmark.SEED), RandomPlans.START);
  }

  @Benchmark
  public LocalDateTime mpxj() {
    return Peers.scheduleMpxj(project, RandomPlans.START);
  }
}
