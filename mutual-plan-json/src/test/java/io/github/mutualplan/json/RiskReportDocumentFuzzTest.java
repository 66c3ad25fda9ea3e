package io.github.mutualplan.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.testing.PlanInvariants;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link PlanJson#readRiskReport(java.io.InputStream)} with Jazzer, from the valid risk-report documents
 * in {@code RiskReportDocumentFuzzTestInputs/readRiskReport} (test resources).
 *
 * <p>On every input: the only exception that may escape the reader is {@link PlanJsonException}. On every input
 * it accepts: reading the same text as a string gives an equal report, the report written and read again is
 * equal, and {@link PlanInvariants#checkReport(RiskReport)} holds (the health score is the one its findings give,
 * every finding has a message and an action in every language asked for).
 */
class RiskReportDocumentFuzzTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readRiskReport");

  @FuzzTest(maxDuration = "30s")
  void readRiskReport(byte[] document) {
    STATS.input();
    RiskReport report;
    try {
      report = JSON.readRiskReport(JsonSource.of(new ByteArrayInputStream(document)));
    } catch (PlanJsonException refused) {
      return;
    }
    STATS.accepted("risk-report");
    assertThat(JSON.readRiskReport(JsonSource.of(new String(document, UTF_8)))).as("the same document as a string")
        .isEqualTo(report);
    assertThat(JSON.readRiskReport(JsonSource.of(JSON.write(report).text())))
        .as("the report written and read again").isEqualTo(report);
    PlanInvariants.checkReport(report);
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
