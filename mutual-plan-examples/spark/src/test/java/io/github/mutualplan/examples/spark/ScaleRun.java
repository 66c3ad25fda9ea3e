package io.github.mutualplan.examples.spark;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.risk.RiskAssessor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Issue 22, item 4: {@link PortfolioJob}'s work in Spark's local mode on two cores against {@link PortfolioAnalyzer}
 * on two threads ({@code withParallelism(2)}), on the same synthetic plans ({@link SyntheticPortfolio}: 1,000
 * distinct open plans, copied), in one JVM. Not a test: a main, run by hand (the module's README.md, "Scale", has
 * the command and the results).
 *
 * <p>Spark generates the plans inside its tasks, each partition its own range of plan numbers (no input file);
 * the analyzer reads the same plans from a stream on its calling thread, in chunks of 100,000 whose summaries are
 * counted (a report keeps every plan's result, which a million plans with forecasts would not fit in). Both times
 * include making the plans, which is also timed alone; the open plans by band must come out the same. Options: {@code --plans 1000,100000} (the sizes),
 * {@code --trials 1000} (0: risk only), {@code --repetitions 3}, {@code --partitions 8}.
 */
final class ScaleRun {
  private static final int CHUNK = 100_000;
  private static final int DISTINCT = 1_000;

  private ScaleRun() {}

  public static void main(String[] args) {
    Map<String, String> options = Arguments.of(args, 0, List.of("plans", "trials", "repetitions", "partitions"),
        "ScaleRun [--plans 1000,100000] [--trials 1000] [--repetitions 3] [--partitions 8]").options();
    long[] sizes = Arrays.stream(options.getOrDefault("plans", "1000,10000,100000").split(","))
        .mapToLong(Long::parseLong).toArray();
    int trials = Integer.parseInt(options.getOrDefault("trials", "1000"));
    int repetitions = Integer.parseInt(options.getOrDefault("repetitions", "3"));
    int partitions = Integer.parseInt(options.getOrDefault("partitions", "8"));
    SyntheticPortfolio portfolio = SyntheticPortfolio.open(DISTINCT, 20);
    PortfolioJob job = PortfolioJob.asOf(SyntheticPortfolio.AS_OF).withTrials(trials);

    long start = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("ScaleRun")
        .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", partitions).getOrCreate();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    System.out.printf("Spark session started in %.1f s; %d trials, %d partitions, %d distinct plans%n",
        seconds(System.nanoTime() - start), trials, partitions, DISTINCT);
    readJson(portfolio);

    System.out.println("warm-up: 20,000 plans each way");
    spark(spark, context, job, portfolio, 20_000, partitions);
    analyzer(job, portfolio, 20_000);

    Map<String, List<Double>> medians = new LinkedHashMap<>();
    for (long n : sizes) {
      for (int rep = 1; rep <= repetitions; rep++) {
        long sparkGenerate = time(() -> plans(context, portfolio, n, partitions).count());
        long[] sparkBands = new long[1];
        long sparkTime = time(() -> sparkBands[0] = spark(spark, context, job, portfolio, n, partitions));
        long analyzerGenerate = time(() -> stream(portfolio, 0, n).count());
        long[] analyzerBands = new long[1];
        long analyzerTime = time(() -> analyzerBands[0] = analyzer(job, portfolio, n));
        if (sparkBands[0] != analyzerBands[0]) {
          throw new IllegalStateException("the open plans by band differ: " + sparkBands[0] + " and "
              + analyzerBands[0]);
        }
        System.out.printf("%,d plans, #%d: Spark %.1f s (making the plans alone %.1f s), analyzer %.1f s (%.1f s)%n",
            n, rep, seconds(sparkTime), seconds(sparkGenerate), seconds(analyzerTime), seconds(analyzerGenerate));
        record(medians, n + " spark", sparkTime);
        record(medians, n + " spark-make", sparkGenerate);
        record(medians, n + " analyzer", analyzerTime);
        record(medians, n + " analyzer-make", analyzerGenerate);
      }
    }
    System.out.println("| plans | Spark local[2] | analyzer, 2 threads | Spark / analyzer | µs a plan, Spark | "
        + "µs a plan, analyzer | making the plans, Spark / analyzer |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (long n : sizes) {
      double sparkTime = median(medians.get(n + " spark"));
      double analyzerTime = median(medians.get(n + " analyzer"));
      System.out.printf("| %,d | %.2f s | %.2f s | %.2f | %.0f | %.0f | %.2f s / %.2f s |%n", n, sparkTime,
          analyzerTime, sparkTime / analyzerTime, sparkTime * 1e6 / n, analyzerTime * 1e6 / n,
          median(medians.get(n + " spark-make")), median(medians.get(n + " analyzer-make")));
    }
    spark.stop();
  }

  /** The job's work on Spark: the plans made in the tasks, assessed, forecast and summed up per group. */
  private static long spark(SparkSession spark, JavaSparkContext context, PortfolioJob job,
      SyntheticPortfolio portfolio, long n, int partitions) {
    List<Row> rows = job.summarize(spark, plans(context, portfolio, n, partitions)).collectAsList();
    return rows.stream().mapToLong(row -> row.<String, Integer>getJavaMap(4).values().stream()
        .mapToLong(Integer::longValue).sum()).sum();
  }

  /** Plans 0 to n, each partition making its own range. */
  private static JavaRDD<TenantPlan> plans(JavaSparkContext context, SyntheticPortfolio portfolio, long n,
      int partitions) {
    List<Integer> ranges = IntStream.range(0, partitions).boxed().collect(Collectors.toList());
    return context.parallelize(ranges, partitions).flatMap(p -> portfolio.plans(n * p / partitions,
        n * (p + 1) / partitions));
  }

  /** The same work on PortfolioAnalyzer's own pool of two threads, in chunks. */
  private static long analyzer(PortfolioJob job, SyntheticPortfolio portfolio, long n) {
    PortfolioAnalyzer analyzer = PortfolioAnalyzer.of(RiskAssessor.standard()).withParallelism(2);
    if (job.trials() > 0) {
      analyzer = analyzer.withForecaster(Forecaster.of(ForecastOptions.defaults().withTrials(job.trials())));
    }
    long open = 0;
    for (long from = 0; from < n; from += CHUNK) {
      open += analyzer.analyze(stream(portfolio, from, Math.min(n, from + CHUNK)), job.asOf()).summary()
          .countsByBand().values().stream().mapToLong(Integer::longValue).sum();
    }
    return open;
  }

  private static Stream<MutualActionPlan> stream(SyntheticPortfolio portfolio, long from, long to) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(portfolio.plans(from, to), Spliterator.ORDERED),
        false).map(TenantPlan::plan);
  }

  /** What reading a plan from its JSON line costs, on one thread: the job does it for every line it reads. */
  private static void readJson(SyntheticPortfolio portfolio) {
    List<String> lines = new ArrayList<>();
    portfolio.plans(0, DISTINCT).forEachRemaining(p -> lines.add(PlanJson.standard().write(p.plan()).compactText()));
    double bytes = lines.stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).average()
        .orElse(0);
    long best = Long.MAX_VALUE;
    for (int rep = 0; rep < 5; rep++) {
      best = Math.min(best, time(() -> lines.stream().mapToLong(line -> PlanJson.standard()
          .readPlan(JsonSource.of(line)).version()).sum()));
    }
    System.out.printf("reading a plan's JSON line: %.0f µs on one thread (the best of 5 passes over %,d lines of "
        + "%.0f bytes on average)%n", best / 1e3 / lines.size(), lines.size(), bytes);
  }

  private static long time(LongSupplier work) {
    long start = System.nanoTime();
    work.getAsLong();
    return System.nanoTime() - start;
  }

  private static void record(Map<String, List<Double>> times, String key, long nanos) {
    times.computeIfAbsent(key, k -> new ArrayList<>()).add(seconds(nanos));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
