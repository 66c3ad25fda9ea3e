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
 * Issue 4, MPXJ at 100,000 commitments: a single shot after one warm-up shot, since one schedule takes many
 * seconds. Same setup as {@link MpxjScheduleBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class MpxjLargeScheduleBenchmark {
  @Param({"100000"})
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
