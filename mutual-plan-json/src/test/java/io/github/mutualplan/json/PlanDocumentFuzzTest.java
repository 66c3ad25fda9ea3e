package io.github.mutualplan.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.testing.PlanInvariants;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link PlanJson#readPlan(java.io.InputStream)} with Jazzer, from the valid plan documents in
 * {@code PlanDocumentFuzzTestInputs/readPlan} (test resources).
 *
 * <p>On every input: the only exception that may escape the reader is {@link PlanJsonException}. On every input
 * it accepts: reading the same text as a string gives an equal plan, and the plan passes
 * {@link PlanInvariants#check(MutualActionPlan, PlanInvariants.Stats)} (valid, every service finishes on it, the
 * buyer's view holds no internal item).
 *
 * <p>Run by {@code mvn verify} as a regression test over the seeds (surefire's default execution) and fuzzed for a
 * short time ({@code fuzz.duration}); {@code -Pfuzz} fuzzes longer. See the module's POM.
 */
class PlanDocumentFuzzTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readPlan");

  @FuzzTest(maxDuration = "30s")
  void readPlan(byte[] document) {
    STATS.input();
    MutualActionPlan plan;
    try {
      plan = JSON.readPlan(JsonSource.of(new ByteArrayInputStream(document)));
    } catch (PlanJsonException refused) {
      return;
    }
    STATS.accepted("plan");
    assertThat(JSON.readPlan(JsonSource.of(new String(document, UTF_8))))
        .as("the same document as a string").isEqualTo(plan);
    PlanInvariants.check(plan, STATS);
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
