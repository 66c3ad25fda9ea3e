package io.github.mutualplan.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.PlanInvariants;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link PlanJson#readHistory(java.io.InputStream)} with Jazzer, from the valid history documents in
 * {@code HistoryDocumentFuzzTestInputs/readHistory} (test resources). Reading a history replays every event under
 * the standard policy, so this fuzzes the editor too.
 *
 * <p>On every input: the only exception that may escape the reader is {@link PlanJsonException}. On every input
 * it accepts: reading the same text as a string gives an equal history, the history written and read again is
 * equal, its current plan passes {@link PlanInvariants#check(PlanHistory, PlanInvariants.Stats)} (valid, every
 * service finishes on it, the buyer's view holds no internal item), and the risk of the history is assessed.
 */
class HistoryDocumentFuzzTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readHistory");

  @FuzzTest(maxDuration = "30s")
  void readHistory(byte[] document) {
    STATS.input();
    PlanHistory history;
    try {
      history = JSON.readHistory(JsonSource.of(new ByteArrayInputStream(document)));
    } catch (PlanJsonException refused) {
      return;
    }
    STATS.accepted("history");
    assertThat(JSON.readHistory(JsonSource.of(new String(document, UTF_8)))).as("the same document as a string")
        .isEqualTo(history);
    assertThat(JSON.readHistory(JsonSource.of(JSON.write(history).text())))
        .as("the history written and read again").isEqualTo(history);
    PlanInvariants.check(history, STATS);
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
