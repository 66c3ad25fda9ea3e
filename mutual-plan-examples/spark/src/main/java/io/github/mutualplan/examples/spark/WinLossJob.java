package io.github.mutualplan.examples.spark;

import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.insights.Proportion;
import io.github.mutualplan.insights.WinLossAnalysis;
import io.github.mutualplan.insights.WinLossAnalyzer;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.json.PlanJsonException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Win-loss on Spark: each tenant's closed deals analysed by {@link WinLossAnalyzer#standard()}, written as one row
 * per tenant, factor and level with the deals won of the deals and Wilson's interval.
 *
 * <pre>{@code
 * Dataset<Row> rows = WinLossJob.run(spark, "histories/");
 * rows.where("factor = 'champion'").show();   // acme, champion, yes, 69, 166, 0.4157, 0.3434, 0.4917
 * }</pre>
 *
 * <p><b>Input.</b> A folder with a folder {@code tenant=<key>} for each tenant, whose files hold one history a
 * line, each a {@link PlanJson} history document in its compact form ({@code write(history).compactText()}).
 * Histories whose current plan is open are left out, as the analyzer leaves them out.
 *
 * <p><b>Output.</b> The columns {@link #SCHEMA} names: {@code tenant}, {@code factor}, {@code level}, {@code won},
 * {@code deals}, {@code rate} and Wilson's 95 % interval ({@code lower}, {@code upper}, at z = {@value #Z}), each
 * tenant's rows in the analysis's order: the factors as {@link WinLossAnalysis#factors()} lists them, each factor's
 * levels in their own order.
 *
 * <p><b>How.</b> A {@link WinLossAnalysis} cannot be merged (its cycle lengths are medians of every deal), so each
 * tenant's histories are analysed in one pass by one task: the lines are shuffled by tenant and sorted within each
 * partition, and each tenant's run of lines is read and handed to the analyzer as it streams by, without holding
 * the tenant's histories in memory. Tenants are spread over partitions; a tenant's analysis is not.
 *
 * <p><b>Bad lines.</b> A line that is not a valid history document (a history is verified as it is read: every
 * event replayed) fails the job, naming the file and the byte at which the line starts.
 */
public final class WinLossJob {
  /** Wilson's interval's z: 95 %. */
  public static final double Z = 1.96;

  /** The output's columns. */
  public static final StructType SCHEMA = new StructType()
      .add("tenant", DataTypes.StringType, false)
      .add("factor", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("won", DataTypes.IntegerType, false)
      .add("deals", DataTypes.IntegerType, false)
      .add("rate", DataTypes.DoubleType, false)
      .add("lower", DataTypes.DoubleType, false)
      .add("upper", DataTypes.DoubleType, false);

  private WinLossJob() {}

  /**
   * Reads the histories under a folder (see the class comment) and analyses each tenant's.
   *
   * @throws org.apache.spark.SparkException when the job fails, naming a line that is not a valid history
   */
  public static Dataset<Row> run(SparkSession spark, String input) {
    JavaRDD<InputLine> lines = InputLine.read(JavaSparkContext.fromSparkContext(spark.sparkContext()), input);
    JavaRDD<Row> rows = lines.keyBy(InputLine::tenant)
        .repartitionAndSortWithinPartitions(new HashPartitioner(lines.getNumPartitions()))
        .mapPartitions(WinLossJob::analyze);
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** The rows of the tenants of a partition sorted by tenant, analysing one tenant after the other. */
  private static Iterator<Row> analyze(Iterator<Tuple2<String, InputLine>> partition) {
    WinLossAnalyzer analyzer = WinLossAnalyzer.standard();
    TenantRuns runs = new TenantRuns(partition);
    List<Row> rows = new ArrayList<>();
    for (Optional<String> tenant = runs.nextTenant(); tenant.isPresent(); tenant = runs.nextTenant()) {
      String key = tenant.get();
      WinLossAnalysis analysis = analyzer.analyze(runs.histories(key));
      analysis.factors().forEach((factor, levels) -> levels.forEach((level, p) -> rows.add(row(key, factor, level,
          p))));
    }
    return rows.iterator();
  }

  /** A partition's lines sorted by tenant, one tenant's run at a time, each history read as it streams by. */
  private static final class TenantRuns {
    private final Iterator<Tuple2<String, InputLine>> lines;
    private final PlanJson json = PlanJson.standard();
    private @Nullable Tuple2<String, InputLine> ahead;

    TenantRuns(Iterator<Tuple2<String, InputLine>> lines) {
      this.lines = lines;
      advance();
    }

    /** The tenant of the next line; empty after the last. */
    Optional<String> nextTenant() {
      Tuple2<String, InputLine> next = ahead;
      return next == null ? Optional.empty() : Optional.of(next._1());
    }

    /** The histories of the lines up to the next tenant's, read once, as they are iterated. */
    Iterable<PlanHistory> histories(String tenant) {
      return () -> new Iterator<>() {
        @Override
        public boolean hasNext() {
          Tuple2<String, InputLine> next = ahead;
          return next != null && next._1().equals(tenant);
        }

        @Override
        public PlanHistory next() {
          Tuple2<String, InputLine> next = ahead;
          if (next == null || !next._1().equals(tenant)) {
            throw new NoSuchElementException("no more histories of " + tenant);
          }
          advance();
          return history(json, next._2());
        }
      };
    }

    private void advance() {
      ahead = lines.hasNext() ? lines.next() : null;
    }
  }

  private static Row row(String tenant, String factor, String level, Proportion p) {
    return RowFactory.create(tenant, factor, level, p.successes(), p.trials(), p.rate(), p.lower(Z), p.upper(Z));
  }

  private static PlanHistory history(PlanJson json, InputLine line) {
    try {
      return json.readHistory(JsonSource.of(line.text()));
    } catch (PlanJsonException e) {
      throw new IllegalArgumentException(line.where() + ": not a history: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the job: {@code WinLossJob <input> <output> [--format json|parquet]}; JSON (one object a line) unless set.
   *
   * @param args the input folder, the output folder (which must not exist) and the options
   */
  public static void main(String[] args) {
    Arguments arguments = Arguments.of(args, 2, List.of(), "WinLossJob <input> <output> [--format json|parquet]");
    SparkSession spark = SparkSession.builder().appName("mutual-plan win-loss").getOrCreate();
    try {
      arguments.write(run(spark, arguments.positional(0)), arguments.positional(1));
    } finally {
      spark.stop();
    }
  }
}
