package io.github.mutualplan.benchmarks;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6: one Monte Carlo forecast with the default options (10,000 trials, triangular) of a plan of 50
 * commitments, each with a three-point estimate; goal under 10 ms.
 *
 * <p>{@code bound} is the floor any forecast of this size pays: for each trial and each commitment, one draw
 * from the same generator the forecaster uses ({@link SplittableRandom#nextDouble()}) and one max with a
 * dependency's finish. No calendar, no distribution, no statistics. The goal is forecast at most 5 times the
 * bound.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ForecastBenchmark {
  static final int COMMITMENTS = 50;

  private MutualActionPlan plan;
  private Forecaster forecaster;
  private int trials;
  private int[] firstDependency;
  private double[] spread;

  @Setup(Level.Trial)
  public void setUp() {
    RandomPlans.Dag dag = RandomPlans.dag(COMMITMENTS, ScheduleBenchmark.SEED);
    plan = RandomPlans.plan(dag, "forecast-" + COMMITMENTS, RandomPlans.START, true);
    ForecastOptions options = ForecastOptions.defaults();
    forecaster = Forecaster.of(options);
    trials = options.trials();
    firstDependency = new int[COMMITMENTS];
    spread = new double[COMMITMENTS];
    for (int i = 0; i < COMMITMENTS; i++) {
      firstDependency[i] = dag.preds[i].length == 0 ? -1 : dag.preds[i][0];
      spread[i] = dag.duration[i];
    }
  }

  @Benchmark
  public CloseForecast forecast() {
    return forecaster.forecast(plan);
  }

  @Benchmark
  public void bound(Blackhole blackhole) {
    SplittableRandom random = new SplittableRandom(1);
    double[] finish = new double[COMMITMENTS];
    double sum = 0;
    for (int t = 0; t < trials; t++) {
      double close = 0;
      for (int v = 0; v < COMMITMENTS; v++) {
        int p = firstDependency[v];
        finish[v] = (p < 0 ? 0 : finish[p]) + random.nextDouble() * spread[v];
        close = Math.max(close, finish[v]);
      }
      sum += close;
    }
    blackhole.consume(sum);
  }
}
