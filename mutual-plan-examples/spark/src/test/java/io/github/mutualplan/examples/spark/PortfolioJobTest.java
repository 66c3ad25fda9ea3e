package io.github.mutualplan.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioSummary;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskAssessor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioJobTest {
  private static final int PLANS = 300;

  @TempDir
  static Path dir;
  private static Path input;
  private static List<TenantPlan> plans;

  /** 300 plans of 40 distinct ones, open and closed, of three tenants, in two files per tenant. */
  @BeforeAll
  static void writePlans() throws IOException {
    SyntheticPortfolio portfolio = SyntheticPortfolio.of(40, 3);
    plans = new ArrayList<>();
    portfolio.plans(0, PLANS).forEachRemaining(plans::add);
    input = dir.resolve("plans");
    for (TenantPlan p : plans) {
      Path file = input.resolve("tenant=" + p.tenant()).resolve("part-" + (p.plan().id().key().length() % 2)
          + ".jsonl");
      Files.createDirectories(file.getParent());
      Files.writeString(file, PlanJson.standard().write(p.plan()).compactText() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  @Test
  void eachGroupIsWhatThePortfolioAnalyzerSummarizesOfItsPlans() {
    PortfolioJob job = PortfolioJob.asOf(SyntheticPortfolio.AS_OF).withTrials(1_000);
    List<Row> rows = job.run(LocalSpark.session(), input.toString()).collectAsList();

    PortfolioAnalyzer analyzer = PortfolioAnalyzer.of(RiskAssessor.standard())
        .withForecaster(Forecaster.of(ForecastOptions.defaults().withTrials(1_000)));
    assertGroupsAreTheAnalyzers(rows, analyzer);
  }

  @Test
  void withoutForecastTheExpectedClosesAreTheProjectedOnes() {
    List<Row> rows = PortfolioJob.asOf(SyntheticPortfolio.AS_OF).withTrials(0).run(LocalSpark.session(),
        input.toString()).collectAsList();

    assertGroupsAreTheAnalyzers(rows, PortfolioAnalyzer.of(RiskAssessor.standard()));
  }

  private static void assertGroupsAreTheAnalyzers(List<Row> rows, PortfolioAnalyzer analyzer) {
    Map<List<String>, List<MutualActionPlan>> groups = plans.stream().collect(Collectors.groupingBy(
        p -> List.of(p.tenant(), p.plan().sellerOwner().key(), YearMonth.from(p.plan().targetClose()).toString()),
        () -> new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1))
            .thenComparing(key -> key.get(2))), Collectors.mapping(TenantPlan::plan, Collectors.toList())));
    assertThat(rows).extracting(r -> List.of(r.getString(0), r.getString(1), r.getString(2)))
        .containsExactlyElementsOf(groups.keySet()); // one row a group, in order
    assertThat(groups.values()).anyMatch(g -> g.size() > 1); // so that something is added up
    for (Row row : rows) {
      List<MutualActionPlan> group = groups.get(List.of(row.getString(0), row.getString(1), row.getString(2)));
      PortfolioSummary expected = analyzer.analyze(group, SyntheticPortfolio.AS_OF).summary();
      String as = row.mkString(", ");
      assertThat(row.getInt(3)).as(as).isEqualTo(expected.plans());
      assertThat(row.<String, Integer>getJavaMap(4)).as(as).isEqualTo(bandsByName(expected.countsByBand()));
      assertThat(amounts(row.<String, String>getJavaMap(5))).as(as)
          .isEqualTo(byCode(expected.valueAtRisk()));
      Map<String, Map<String, BigDecimal>> closes = new TreeMap<>();
      row.<String, scala.collection.Map<String, String>>getJavaMap(6).forEach((month, values) ->
          closes.put(month, amounts(scala.jdk.javaapi.CollectionConverters.asJava(values))));
      Map<String, Map<String, BigDecimal>> expectedCloses = new TreeMap<>();
      expected.expectedClosesByMonth().forEach((month, values) -> expectedCloses.put(month.toString(),
          byCode(values)));
      assertThat(closes).as(as).isEqualTo(expectedCloses);
    }
    // The data has plans in every band, closed ones, value at risk in several currencies, closes in many months
    Map<String, Integer> bands = new TreeMap<>();
    rows.forEach(row -> row.<String, Integer>getJavaMap(4).forEach((band, n) -> bands.merge(band, n, Integer::sum)));
    assertThat(bands).containsOnlyKeys("HEALTHY", "AT_RISK", "CRITICAL").allSatisfy((band, n) -> assertThat(n)
        .isGreaterThan(10));
    assertThat(rows.stream().mapToInt(row -> row.getInt(3)).sum()).isEqualTo(PLANS)
        .isGreaterThan(bands.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(rows.stream().flatMap(row -> row.<String, String>getJavaMap(5).keySet().stream()).distinct())
        .hasSizeGreaterThan(2);
    assertThat(rows.stream().flatMap(row -> row.<String, Object>getJavaMap(6).keySet().stream()).distinct())
        .hasSizeGreaterThan(5);
  }

  @Test
  void aMalformedLineFailsTheJobNamingItsFileAndByte() throws IOException {
    Path bad = dir.resolve("malformed");
    String first = PlanJson.standard().write(plans.get(0).plan()).compactText() + "\n";
    Path file = bad.resolve("tenant=acme").resolve("plans.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, first + "{\"format\": \"mutual-plan/plan\", \"version\": 3, \"plan\": {\n");

    assertThatThrownBy(() -> PortfolioJob.asOf(SyntheticPortfolio.AS_OF).run(LocalSpark.session(), bad.toString())
        .collectAsList())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining(file.getFileName() + ", the line at byte " + bytes(first) + ": not a plan: ");
  }

  @Test
  void anInvalidPlanFailsTheJobNamingItsLineAndWhatIsWrong() throws IOException {
    Path bad = dir.resolve("invalid");
    String first = PlanJson.standard().write(plans.get(0).plan()).compactText() + "\n";
    String second = PlanJson.standard().write(plans.get(1).plan()).compactText() + "\n";
    String owner = plans.get(1).plan().sellerOwner().key();
    String invalid = second.replace("\"sellerOwner\":\"" + owner + "\"", "\"sellerOwner\":\"nobody\"");
    assertThat(invalid).isNotEqualTo(second);
    Path file = bad.resolve("tenant=acme").resolve("plans.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, first + first.replace("deal-0", "deal-0b") + invalid);

    assertThatThrownBy(() -> PortfolioJob.asOf(SyntheticPortfolio.AS_OF).run(LocalSpark.session(), bad.toString())
        .collectAsList())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining(file.getFileName() + ", the line at byte " + (2 * bytes(first) + 1) + ": not a plan: ")
        .hasMessageContaining("not a valid plan: sellerOwner: no stakeholder 'nobody' in the plan");
  }

  @Test
  void aFileOutsideATenantsFolderFailsTheJob() throws IOException {
    Path bad = dir.resolve("untenanted");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("plans.jsonl"), PlanJson.standard().write(plans.get(0).plan()).compactText());

    assertThatThrownBy(() -> PortfolioJob.asOf(SyntheticPortfolio.AS_OF).run(LocalSpark.session(), bad.toString())
        .collectAsList())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining("plans.jsonl: not in a folder tenant=<key>");
  }

  @Test
  void mainWritesTheSummaryAsJsonLines() throws IOException {
    Path output = dir.resolve("summary");

    PortfolioJob.main(new String[] {input.toString(), output.toString(), "--as-of", "2027-05-12", "--trials", "0"});

    List<Row> written = LocalSpark.session().read().schema(PortfolioJob.SCHEMA).json(output.toString())
        .orderBy("tenant", "owner", "closeMonth").collectAsList();
    List<Row> direct = PortfolioJob.asOf(SyntheticPortfolio.AS_OF).withTrials(0).run(LocalSpark.session(),
        input.toString()).collectAsList();
    assertThat(written).hasSameSizeAs(direct);
    assertThat(written.toString()).isEqualTo(direct.toString());
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static Map<String, Integer> bandsByName(Map<HealthBand, Integer> counts) {
    Map<String, Integer> byName = new LinkedHashMap<>();
    counts.forEach((band, n) -> byName.put(band.name(), n));
    return byName;
  }

  /** Amounts by key compared by value (BigDecimal's compareTo): 1.50 is 1.5. */
  private static Map<String, BigDecimal> amounts(Map<String, String> text) {
    Map<String, BigDecimal> values = new TreeMap<>();
    text.forEach((key, value) -> values.put(key, new BigDecimal(value).stripTrailingZeros()));
    return values;
  }

  private static Map<String, BigDecimal> byCode(Map<Currency, BigDecimal> values) {
    Map<String, BigDecimal> byCode = new TreeMap<>();
    values.forEach((currency, value) -> byCode.put(currency.getCurrencyCode(), value.stripTrailingZeros()));
    return byCode;
  }
}
