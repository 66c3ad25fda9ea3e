package io.github.mutualplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Issue 22: reading a plan document of N commitments, ours against plain Jackson parsing it into a tree; goal
 * at most 2 times the tree.
 *
 * <ul>
 *   <li>{@code readPlan}: {@link PlanJson#readPlan} of the document as a {@code String}, as a service or the
 *       plan store passes it ({@code JsonSource.of(text)}): the strict read (unknown and duplicate keys, types,
 *       limits) into the model, and the plan's validation as it is built.
 *   <li>{@code readTree}: {@link ObjectMapper#readTree(String)} of the same string, with one shared mapper: the
 *       document parsed into a {@link JsonNode} tree, with no checks and no model. A yardstick, not a rival.
 * </ul>
 *
 * <p>The document is {@link PlanJson}'s writing of a {@link RandomPlans} plan (pretty-printed, as written). The
 * warm-up is longer than the other benchmarks': reading a plan runs through far more code than the tree (the
 * codecs, the model's builders, the validation), which the JIT compiles in its own time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class JsonReadBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Param({"50", "1000"})
  public int commitments;

  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    text = document(commitments);
  }

  /** The document both read: the plan of this many commitments, as {@link PlanJson} writes it. */
  static String document(int commitments) {
    return PlanJson.standard().write(RandomPlans.plan(commitments, ScheduleBenchmark.SEED)).text();
  }

  @Benchmark
  public MutualActionPlan readPlan() {
    return PlanJson.standard().readPlan(JsonSource.of(text));
  }

  @Benchmark
  public JsonNode readTree() throws IOException {
    return MAPPER.readTree(text);
  }
}
