package io.github.mutualplan.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.insights.StepTruth;
import io.github.mutualplan.insights.SyntheticDeals;
import io.github.mutualplan.insights.SyntheticTruth;
import io.github.mutualplan.insights.WinLossAnalysis;
import io.github.mutualplan.insights.WinLossAnalyzer;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinLossJobTest {
  @TempDir
  static Path dir;
  private static Path input;
  private static Map<String, List<PlanHistory>> byTenant;

  /**
   * Three tenants' closed deals, from the test kit's healthcare plan with different truths and deal values (and
   * one tenant's open plan, which the analysis leaves out), each tenant's in two files.
   */
  @BeforeAll
  static void writeHistories() throws IOException {
    MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();
    MutualActionPlan shared = SamplePlans.healthcareSharedPlan();
    byTenant = new LinkedHashMap<>();
    byTenant.put("acme", SyntheticDeals.of(closing, SyntheticTruth.of(0.3, StepTruth.of(5, 0.4).withSkipRate(0.2)
        .withWinEffect(0.2))).deals(60, 1L));
    List<PlanHistory> globex = new ArrayList<>(SyntheticDeals.of(shared.withDeal(shared.deal().withValue(
        Money.of("45000", "EUR"))), SyntheticTruth.of(0.5, StepTruth.of(8, 0.5))).deals(40, 2L));
    globex.addAll(SyntheticDeals.of(closing, SyntheticTruth.of(0.2, StepTruth.of(3, 0.3))).deals(20, 3L));
    byTenant.put("globex", globex);
    byTenant.put("initech", List.of(SyntheticDeals.of(closing, SyntheticTruth.of(0.6, StepTruth.of(4, 0.2)))
        .deal(4L), PlanHistory.of(closing)));
    input = dir.resolve("histories");
    for (Map.Entry<String, List<PlanHistory>> tenant : byTenant.entrySet()) {
      Path folder = Files.createDirectories(input.resolve("tenant=" + tenant.getKey()));
      List<String> lines = tenant.getValue().stream().map(h -> PlanJson.standard().write(h).compactText())
          .collect(Collectors.toList());
      Files.write(folder.resolve("a.jsonl"), lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
      Files.write(folder.resolve("b.jsonl"), lines.subList(lines.size() / 2, lines.size()), StandardCharsets.UTF_8);
    }
  }

  @Test
  void eachTenantsRowsAreWhatTheWinLossAnalyzerFindsInItsHistories() {
    List<Row> rows = WinLossJob.run(LocalSpark.session(), input.toString()).collectAsList();

    List<Row> expected = new ArrayList<>();
    byTenant.forEach((tenant, histories) -> expected.addAll(rows(tenant,
        WinLossAnalyzer.standard().analyze(histories))));
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rows.stream().map(r -> r.getString(0)).distinct()).containsExactlyInAnyOrder("acme", "globex",
        "initech");
    // Each tenant's rows together, in the analysis's order
    for (String tenant : byTenant.keySet()) {
      assertThat(rows.stream().filter(r -> r.getString(0).equals(tenant)).collect(Collectors.toList()))
          .containsExactlyElementsOf(rows(tenant, WinLossAnalyzer.standard().analyze(byTenant.get(tenant))));
    }
    assertThat(rows).anyMatch(r -> r.getString(1).equals(WinLossAnalysis.DEAL_SIZE) && r.getInt(4) == 40
        && r.getString(2).startsWith("EUR"));
  }

  @Test
  void aHistoryThatDoesNotReplayFailsTheJobNamingItsLine() throws IOException {
    Path bad = dir.resolve("forged");
    List<String> lines = byTenant.get("acme").stream().limit(3).map(h -> PlanJson.standard().write(h).compactText())
        .collect(Collectors.toList());
    String forged = lines.get(2).replaceFirst("\"version\":2", "\"version\":7");
    assertThat(forged).isNotEqualTo(lines.get(2));
    Path file = Files.createDirectories(bad.resolve("tenant=acme")).resolve("histories.jsonl");
    Files.write(file, List.of(lines.get(0), lines.get(1), forged), StandardCharsets.UTF_8);
    long offset = (lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8).length;

    assertThatThrownBy(() -> WinLossJob.run(LocalSpark.session(), bad.toString()).collectAsList())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining(file.getFileName() + ", the line at byte " + offset + ": not a history: ");
  }

  @Test
  void mainWritesTheRowsAsParquet() {
    Path output = dir.resolve("win-loss");

    WinLossJob.main(new String[] {input.toString(), output.toString(), "--format", "parquet"});

    List<Row> written = LocalSpark.session().read().parquet(output.toString()).collectAsList();
    List<Row> expected = new ArrayList<>();
    byTenant.forEach((tenant, histories) -> expected.addAll(rows(tenant,
        WinLossAnalyzer.standard().analyze(histories))));
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<Row> rows(String tenant, WinLossAnalysis analysis) {
    List<Row> rows = new ArrayList<>();
    analysis.factors().forEach((factor, levels) -> levels.forEach((level, p) -> rows.add(RowFactory.create(tenant,
        factor, level, p.successes(), p.trials(), p.rate(), p.lower(WinLossJob.Z), p.upper(WinLossJob.Z)))));
    return rows;
  }
}
