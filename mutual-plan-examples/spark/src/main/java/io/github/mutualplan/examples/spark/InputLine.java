package io.github.mutualplan.examples.spark;

import com.google.common.collect.Iterators;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A line of the jobs' input: the tenant of the folder it is in, the file, the byte at which the line starts, and
 * its text.
 *
 * <p>The input is a folder with a folder {@code tenant=<key>} for each tenant (as Spark's {@code partitionBy}
 * writes it), whose files, at any depth, hold one JSON document a line. The lines are read with Hadoop's {@code
 * TextInputFormat}, which gives each line's offset, so that a line the jobs cannot read is named by its file and
 * byte without a second pass over the input.
 */
record InputLine(String tenant, String file, long offset, String text) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TENANT = "tenant=";

  /** Where the line is, for an error: {@code .../tenant=acme/plans.jsonl, the line at byte 1234}. */
  String where() {
    return file + ", the line at byte " + offset;
  }

  /** The lines of every file under the input folder, each with its tenant. */
  static JavaRDD<InputLine> read(JavaSparkContext spark, String input) {
    Configuration hadoop = new Configuration(spark.hadoopConfiguration());
    hadoop.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    JavaNewHadoopRDD<LongWritable, Text> records = (JavaNewHadoopRDD<LongWritable, Text>)
        spark.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, hadoop);
    return records.mapPartitionsWithInputSplit((split, lines) -> {
      Path file = ((FileSplit) split).getPath();
      String tenant = tenantOf(file);
      // Hadoop reuses its Text and LongWritable: each line is copied out as it is read.
      return Iterators.transform(lines,
          line -> new InputLine(tenant, file.toString(), line._1().get(), line._2().toString()));
    }, false);
  }

  private static String tenantOf(Path file) {
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      if (folder.getName().startsWith(TENANT) && folder.getName().length() > TENANT.length()) {
        return folder.getName().substring(TENANT.length());
      }
    }
    throw new IllegalArgumentException(file + ": not in a folder tenant=<key>; the input holds a folder for each "
        + "tenant, such as plans/tenant=acme/");
  }
}
