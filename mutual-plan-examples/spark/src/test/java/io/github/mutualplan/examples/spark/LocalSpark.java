package io.github.mutualplan.examples.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Spark in local mode with two cores for the tests: one session, made again if a job's main stopped it. */
final class LocalSpark {
  private LocalSpark() {}

  /** The session: local[2], four shuffle partitions (not 200, for a few hundred rows), no web UI. */
  static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("mutual-plan-example-spark tests")
        .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 4).getOrCreate();
  }

  static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }
}
