package io.github.mutualplan.examples.spark;

import com.google.common.collect.Iterators;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.json.PlanJsonException;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.risk.RiskAssessor;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The portfolio on Spark: every plan assessed ({@link RiskAssessor#standard()}) and forecast ({@link Forecaster},
 * 1,000 trials unless set) as of a day, and summed up per tenant, seller owner and month of the target close as
 * {@link io.github.mutualplan.portfolio.PortfolioSummary} defines it: the plans, the open plans by health band,
 * the value at risk and the value expected to close each month, by currency.
 *
 * <pre>{@code
 * Dataset<Row> summary = PortfolioJob.asOf(LocalDate.of(2027, 5, 12)).withTrials(1_000).run(spark, "plans/");
 * summary.write().parquet("portfolio/");
 * }</pre>
 *
 * <p><b>Input.</b> A folder with a folder {@code tenant=<key>} for each tenant, whose files hold one plan a line,
 * each a {@link PlanJson} document in its compact form ({@code PlanJson.standard().write(plan).compactText()}).
 *
 * <p><b>Output.</b> One row per tenant, owner ({@code sellerOwner}) and close month ({@code 2027-05}), with the
 * columns {@link #SCHEMA} names: {@code plans} (open and closed), {@code countsByBand} (open plans by band name),
 * {@code valueAtRisk} (currency code to amount) and {@code expectedClosesByMonth} (month to currency code to
 * amount). Amounts are plain decimal text, exact as the library computes them: a plan's amount may have 40 digits,
 * and Spark's decimals stop at 38.
 *
 * <p><b>How.</b> Each partition makes one {@link PortfolioAnalyzer} (assessor and forecaster), which works on the
 * task's own thread, and analyzes each plan as a portfolio of one; the services are immutable and thread-safe, so
 * one per partition is only the simplest place to make them, not a need. {@code PortfolioSummary} is a sum over
 * plans but cannot be merged or serialized, so each plan's summary is carried as {@code Totals} and Spark adds them
 * per group with {@code reduceByKey}: the same definitions, the same rounding (each plan's expected closes are
 * rounded before they are added), so a group's row equals {@code PortfolioAnalyzer.analyze(groupsPlans, asOf)
 * .summary()}, as the tests check.
 *
 * <p><b>Bad lines.</b> A line that is not a valid plan document fails the job: the exception names the file and
 * the byte at which the line starts, then {@link PlanJsonException}'s message (line and column in the document,
 * JSON path, what is wrong). A summary with plans left out would be wrong without saying so.
 *
 * <p>Instances are immutable and serializable: Spark sends the job's settings to its executors.
 */
public final class PortfolioJob implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The output's columns. */
  public static final StructType SCHEMA = new StructType()
      .add("tenant", DataTypes.StringType, false)
      .add("owner", DataTypes.StringType, false)
      .add("closeMonth", DataTypes.StringType, false)
      .add("plans", DataTypes.IntegerType, false)
      .add("countsByBand", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), false)
      .add("valueAtRisk", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
      .add("expectedClosesByMonth", DataTypes.createMapType(DataTypes.StringType,
          DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false), false);

  private final LocalDate asOf;
  private final int trials;

  private PortfolioJob(LocalDate asOf, int trials) {
    this.asOf = asOf;
    this.trials = trials;
  }

  /** The job as of this day, forecasting with 1,000 trials. */
  public static PortfolioJob asOf(LocalDate day) {
    return new PortfolioJob(Objects.requireNonNull(day, "day"), 1_000);
  }

  /**
   * A copy that forecasts with this many trials (seed 1, as {@link ForecastOptions#defaults()}), or that does not
   * forecast with 0: then the expected closes are each open plan's value in the month of its projected close.
   */
  public PortfolioJob withTrials(int trials) {
    if (trials < 0 || trials > ForecastOptions.MAX_TRIALS) {
      throw new IllegalArgumentException("trials: must be 0 (no forecast) to " + ForecastOptions.MAX_TRIALS
          + ", was " + trials);
    }
    return new PortfolioJob(asOf, trials);
  }

  /** The day the plans are assessed and forecast as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The forecast's trials; 0 for none. */
  public int trials() {
    return trials;
  }

  /**
   * The analyzer a partition works with: the standard assessor and, with trials, a forecaster, on the calling
   * thread (a task's).
   */
  public PortfolioAnalyzer analyzer() {
    PortfolioAnalyzer analyzer = PortfolioAnalyzer.of(RiskAssessor.standard()).withExecutor(Runnable::run);
    return trials == 0 ? analyzer
        : analyzer.withForecaster(Forecaster.of(ForecastOptions.defaults().withTrials(trials)));
  }

  /** Reads the plans under a folder (see the class comment) and sums them up. */
  public Dataset<Row> run(SparkSession spark, String input) {
    return summarize(spark, read(JavaSparkContext.fromSparkContext(spark.sparkContext()), input));
  }

  /**
   * The plans under a folder, each with its tenant and line.
   *
   * @throws IllegalArgumentException in a task, failing the job, naming a line that is not a valid plan
   */
  public static JavaRDD<TenantPlan> read(JavaSparkContext spark, String input) {
    return InputLine.read(spark, input).mapPartitions(lines -> {
      PlanJson json = PlanJson.standard();
      return Iterators.transform(lines, line -> new TenantPlan(line.tenant(), line.where(), plan(json, line)));
    });
  }

  /** One row per tenant, owner and close month, in that order. */
  public Dataset<Row> summarize(SparkSession spark, JavaRDD<TenantPlan> plans) {
    JavaRDD<Row> rows = totals(plans).map(group -> {
      Map<String, scala.collection.Map<String, String>> closes = new LinkedHashMap<>();
      group._2().expectedClosesByMonth().forEach((month, values) -> closes.put(month, asScala(values)));
      return RowFactory.create(group._1().tenant(), group._1().owner(), group._1().closeMonth(), group._2().plans(),
          asScala(group._2().countsByBand()), asScala(group._2().valueAtRisk()), asScala(closes));
    });
    return spark.createDataFrame(rows, SCHEMA).orderBy("tenant", "owner", "closeMonth");
  }

  /** A row's map column is a Scala map. */
  private static <K, V> scala.collection.Map<K, V> asScala(Map<K, V> map) {
    return CollectionConverters.asScala(map);
  }

  /** Each group's totals: each plan's one-plan summary, added up with {@code reduceByKey}. */
  JavaPairRDD<Group, Totals> totals(JavaRDD<TenantPlan> plans) {
    return plans.mapPartitionsToPair(partition -> {
      PortfolioAnalyzer analyzer = analyzer();
      return Iterators.transform(partition, p -> new Tuple2<>(Group.of(p), totals(analyzer, p)));
    }).reduceByKey(Totals::plus);
  }

  private Totals totals(PortfolioAnalyzer analyzer, TenantPlan p) {
    try {
      return Totals.of(analyzer.analyze(List.of(p.plan()), asOf).summary());
    } catch (RuntimeException e) {
      throw new IllegalStateException(p.where() + ": plan '" + p.plan().id() + "' could not be analyzed: "
          + e.getMessage(), e);
    }
  }

  private static MutualActionPlan plan(PlanJson json, InputLine line) {
    try {
      return json.readPlan(JsonSource.of(line.text()));
    } catch (PlanJsonException e) {
      throw new IllegalArgumentException(line.where() + ": not a plan: " + e.getMessage(), e);
    }
  }

  /** A tenant, a seller owner and a close month: the rows of the output. */
  record Group(String tenant, String owner, String closeMonth) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Group of(TenantPlan p) {
      return new Group(p.tenant(), p.plan().sellerOwner().key(), YearMonth.from(p.plan().targetClose())
          .toString());
    }
  }

  /**
   * Runs the job: {@code PortfolioJob <input> <output> [--as-of 2027-05-12] [--trials 1000] [--format json|parquet]}.
   * The day defaults to today in UTC, the format to JSON (one object a line).
   *
   * @param args the input folder, the output folder (which must not exist) and the options
   */
  public static void main(String[] args) {
    Arguments arguments = Arguments.of(args, 2, List.of("as-of", "trials", "format"),
        "PortfolioJob <input> <output> [--as-of 2027-05-12] [--trials 1000] [--format json|parquet]");
    Map<String, String> options = arguments.options();
    PortfolioJob job = asOf(options.containsKey("as-of") ? LocalDate.parse(options.get("as-of"))
        : LocalDate.now(ZoneOffset.UTC)).withTrials(Integer.parseInt(options.getOrDefault("trials", "1000")));
    SparkSession spark = SparkSession.builder().appName("mutual-plan portfolio as of " + job.asOf()).getOrCreate();
    try {
      arguments.write(job.run(spark, arguments.positional(0)), arguments.positional(1));
    } finally {
      spark.stop();
    }
  }
}
