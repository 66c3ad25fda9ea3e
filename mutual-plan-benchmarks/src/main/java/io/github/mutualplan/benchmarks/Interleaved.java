package io.github.mutualplan.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Compares the scheduler of two or more builds in one JVM, round by round, for a machine too noisy for
 * separate JMH runs to tell a change of a few percent: each benchmarks jar is loaded in its own class loader,
 * and every round schedules the {@link RandomPlans} plan of each size with each build in turn, for 150 ms each
 * (order shuffled per round), so that the machine's drift reaches all builds alike. Prints per build the
 * median time per schedule and its linearity, and per size the median of the per-round ratio of each build to
 * the first. A tool for deciding between builds, not a benchmark to quote: JMH's numbers are those.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -Drounds=20 -Dsizes=1000,10000,100000 \
 *     -cp mutual-plan-benchmarks/target/benchmarks.jar io.github.mutualplan.benchmarks.Interleaved \
 *     /tmp/before.jar /tmp/after.jar
 * java -Xms1g -Xmx1g -Dwhat=forecast -Dsizes=50 -cp ... Interleaved /tmp/before.jar /tmp/after.jar
 * java -Xms2g -Xmx2g -Dwhat=first -Dsizes=100,1000,10000 -cp ... Interleaved /tmp/before.jar /tmp/after.jar
 * java -Xmx6g -Dwhat=portfolio -Dsizes=100000 -Drounds=10 -cp ... Interleaved /tmp/before.jar /tmp/after.jar
 * }</pre>
 *
 * <p>Each build's line also gives the share of its slices' time the JVM spent in garbage-collection pauses.
 */
public final class Interleaved {
  private static final long SLICE_NANOS = 150_000_000L;
  /**
   * With {@code -Dwhat=forecast}, the builds forecast {@link ForecastBenchmark}'s plan (every commitment
   * estimated; {@code -Dsizes=50} is its size) with the default options, instead of scheduling.
   */
  private static final boolean FORECAST = "forecast".equals(System.getProperty("what", "schedule"));
  /**
   * With {@code -Dwhat=first}, each schedule is the first of a copy of the plan made before the slice (not
   * timed), as in {@code ScheduleBenchmark.mutualPlanFirstSchedule}: it also reads the plan into its graph.
   */
  private static final boolean FIRST = "first".equals(System.getProperty("what", "schedule"));
  /**
   * With {@code -Dwhat=portfolio}, the builds analyze {@link PortfolioBenchmark}'s portfolio as
   * {@code PortfolioBenchmark.analyze} does; the size is the number of plans, and a slice is one analysis.
   */
  private static final boolean PORTFOLIO = "portfolio".equals(System.getProperty("what", "schedule"));
  private static final int WARM_UP_ROUNDS = 5;

  private Interleaved() {}

  /** The arguments are the benchmarks jars of the builds to compare; the first is the reference. */
  public static void main(String[] jars) throws Exception {
    if (jars.length == 0) {
      throw new IllegalArgumentException("give the benchmarks jars of the builds to compare");
    }
    int rounds = Integer.getInteger("rounds", 20);
    int[] sizes = Arrays.stream(System.getProperty("sizes", "1000,10000,100000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Build[] builds = new Build[jars.length];
    for (int b = 0; b < jars.length; b++) {
      builds[b] = new Build(Path.of(jars[b]), sizes);
    }
    double[][][] micros = new double[builds.length][sizes.length][rounds];
    double[] gcMillis = new double[builds.length];
    double[] totalMillis = new double[builds.length];
    List<Integer> order = new ArrayList<>();
    for (int b = 0; b < builds.length; b++) {
      order.add(b);
    }
    Random shuffle = new Random(1);
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      Collections.shuffle(order, shuffle);
      for (int s = 0; s < sizes.length; s++) {
        for (int b : order) {
          long gcBefore = gcMillis();
          long start = System.nanoTime();
          double time = builds[b].microsPerSchedule(s);
          if (round >= 0) {
            micros[b][s][round] = time;
            gcMillis[b] += gcMillis() - gcBefore;
            totalMillis[b] += (System.nanoTime() - start) / 1e6;
          }
        }
      }
    }
    for (int b = 0; b < builds.length; b++) {
      StringBuilder line = new StringBuilder(builds[b].name);
      double[] median = new double[sizes.length];
      for (int s = 0; s < sizes.length; s++) {
        median[s] = median(micros[b][s]);
        line.append(String.format("  %,d: %,.1f µs (%.1f ns per %s)", sizes[s], median[s],
            1000 * median[s] / sizes[s], PORTFOLIO ? "plan" : "commitment"));
      }
      for (int s = 1; s < sizes.length; s++) {
        line.append(String.format("  linear by %.2f", median[s] / median[s - 1]));
      }
      line.append(String.format("  GC %.1f %% of the time", 100 * gcMillis[b] / totalMillis[b]));
      System.out.println(line);
    }
    for (int b = 1; b < builds.length; b++) {
      for (int s = 0; s < sizes.length; s++) {
        double[] ratio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          ratio[round] = micros[b][s][round] / micros[0][s][round];
        }
        Arrays.sort(ratio);
        System.out.printf("%s / %s at %,d: %.3f (quartiles %.3f to %.3f)%n", builds[b].name, builds[0].name,
            sizes[s], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
      }
    }
  }

  /** The milliseconds the JVM has spent in garbage collection so far. */
  private static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One build: its scheduler and its plans, from its own class loader. */
  private static final class Build {
    final String name;
    final Object scheduler;
    final Method schedule;
    final Object[] plans;
    final int[] sizes;
    final Class<?> planClass;
    Object last;

    Build(Path jar, int[] sizes) throws Exception {
      name = jar.getFileName().toString();
      this.sizes = sizes;
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> randomPlans = loader.loadClass(RandomPlans.class.getName());
      planClass = loader.loadClass("io.github.mutualplan.MutualActionPlan");
      plans = new Object[sizes.length];
      if (PORTFOLIO) { // PortfolioBenchmark's plans, analyzed as it analyzes them
        Method portfolio = loader.loadClass(PortfolioBenchmark.class.getName()).getDeclaredMethod("plans", int.class);
        portfolio.setAccessible(true);
        for (int s = 0; s < sizes.length; s++) {
          plans[s] = portfolio.invoke(null, sizes[s]);
        }
        Class<?> assessor = loader.loadClass("io.github.mutualplan.risk.RiskAssessor");
        Class<?> analyzer = loader.loadClass("io.github.mutualplan.portfolio.PortfolioAnalyzer");
        scheduler = analyzer.getMethod("of", assessor).invoke(null, assessor.getMethod("standard").invoke(null));
        schedule = analyzer.getMethod("analyze", Collection.class, LocalDate.class);
        return;
      }
      if (FORECAST) { // the plans of ForecastBenchmark: every commitment estimated
        Method dag = randomPlans.getMethod("dag", int.class, long.class);
        Method plan = randomPlans.getMethod("plan", loader.loadClass(RandomPlans.Dag.class.getName()),
            String.class, LocalDate.class, boolean.class);
        for (int s = 0; s < sizes.length; s++) {
          plans[s] = plan.invoke(null, dag.invoke(null, sizes[s], ScheduleBenchmark.SEED), "forecast-" + sizes[s],
              RandomPlans.START, true);
        }
        Class<?> options = loader.loadClass("io.github.mutualplan.forecast.ForecastOptions");
        Class<?> forecaster = loader.loadClass("io.github.mutualplan.forecast.Forecaster");
        scheduler = forecaster.getMethod("of", options).invoke(null, options.getMethod("defaults").invoke(null));
        schedule = forecaster.getMethod("forecast", planClass);
        return;
      }
      Method plan = randomPlans.getMethod("plan", int.class, long.class);
      for (int s = 0; s < sizes.length; s++) {
        plans[s] = plan.invoke(null, sizes[s], ScheduleBenchmark.SEED);
      }
      Class<?> options = loader.loadClass("io.github.mutualplan.schedule.ScheduleOptions");
      Class<?> schedulerClass = loader.loadClass("io.github.mutualplan.schedule.Scheduler");
      scheduler = schedulerClass.getMethod("of", options).invoke(null, options.getMethod("defaults").invoke(null));
      schedule = schedulerClass.getMethod("schedule", planClass);
    }

    /** Schedules the plan of size {@code s} for one slice; returns the mean time per schedule. */
    double microsPerSchedule(int s) throws Exception {
      if (FIRST) {
        return microsPerFirstSchedule(s);
      }
      int calls = 0;
      long start = System.nanoTime();
      long now;
      do {
        last = PORTFOLIO ? schedule.invoke(scheduler, plans[s], PortfolioBenchmark.AS_OF)
            : schedule.invoke(scheduler, plans[s]);
        calls++;
        now = System.nanoTime();
      } while (now - start < SLICE_NANOS);
      return (now - start) / 1000.0 / calls;
    }

    /**
     * Schedules copies of the plan of size {@code s} made before the slice (not timed), each once, as
     * {@code ScheduleBenchmark.mutualPlanFirstSchedule} does; returns the mean time per schedule.
     */
    double microsPerFirstSchedule(int s) throws Exception {
      if (copies == null) {
        copies = new Object[plans.length][];
        withVersion = planClass.getMethod("withVersion", long.class);
        withVersion.setAccessible(true); // declared by the package-private interface Immutables generates
      }
      Object[] fresh = copies[s];
      if (fresh == null) {
        fresh = new Object[Math.max(16, 200_000 / sizes[s])];
      }
      long spent = 0;
      int calls = 0;
      while (spent < SLICE_NANOS) {
        for (int i = 0; i < fresh.length; i++) {
          fresh[i] = withVersion.invoke(plans[s], 2L + (version++ % 1_000_000));
        }
        long start = System.nanoTime();
        for (Object copy : fresh) {
          last = schedule.invoke(scheduler, copy);
        }
        spent += System.nanoTime() - start;
        calls += fresh.length;
      }
      copies[s] = fresh;
      return spent / 1000.0 / calls;
    }

    private Object[][] copies;
    private Method withVersion;
    private long version;
  }
}
