package io.github.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.risk.RiskAssessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' inputs are valid, deterministic and varied enough to exercise what they measure. */
class BenchmarkInputsTest {
  @Test
  void theSameSeedGivesTheSamePlan() {
    assertThat(RandomPlans.plan(500, 7)).isEqualTo(RandomPlans.plan(500, 7));
    assertThat(RandomPlans.plan(500, 7)).isNotEqualTo(RandomPlans.plan(500, 8));
  }

  @Test
  void theForecastPlanDrawsEveryDuration() {
    RandomPlans.Dag dag = RandomPlans.dag(ForecastBenchmark.COMMITMENTS, ScheduleBenchmark.SEED);
    MutualActionPlan plan = RandomPlans.plan(dag, "forecast", RandomPlans.START, true);
    assertThat(plan.commitments()).allSatisfy(c -> assertThat(c.estimate().get().optimistic())
        .isLessThan(c.estimate().get().pessimistic()));
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(plan);
    assertThat(forecast.trials()).isEqualTo(10_000);
    assertThat(forecast.closeDays().size()).isGreaterThan(5);
  }

  @Test
  void theJsonBenchmarksDocumentReadsBackAsThePlan() throws Exception {
    String text = JsonReadBenchmark.document(50);
    assertThat(PlanJson.standard().readPlan(JsonSource.of(text)))
        .isEqualTo(RandomPlans.plan(50, ScheduleBenchmark.SEED));
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).get("plan").get("commitments"))
        .hasSize(50);
  }

  @Test
  void theStoreBenchmarksWindowIsWhatALoadReplays() {
    int[][] intervalsAndEvents = {{1, 0}, {20, 19}, {100, 99}};
    for (int[] expected : intervalsAndEvents) {
      StoreBenchmark.Window window = new StoreBenchmark.Window();
      window.snapshotInterval = expected[0];
      window.setUp();
      assertThat(window.history.current().version()).isEqualTo(StoreBenchmark.VERSIONS);
      assertThat(window.events).hasSize(expected[1]);
      assertThat(PlanHistory.replay(window.first, window.events).current()).isEqualTo(window.history.current());
    }
  }

  @Test
  void thePortfolioHoldsPlansInEveryState() {
    List<MutualActionPlan> plans = PortfolioBenchmark.plans(2_000);
    assertThat(plans).hasSize(2_000);
    assertThat(plans.stream().map(MutualActionPlan::id).distinct()).hasSize(2_000);
    assertThat(plans).allSatisfy(p -> assertThat(p.commitments().size()).isBetween(10, 20));
    assertThat(plans.stream().flatMap(p -> p.commitments().stream()).map(c -> c.status()).distinct())
        .contains(CommitmentStatus.DONE, CommitmentStatus.IN_PROGRESS, CommitmentStatus.OPEN);
    PortfolioReport report = PortfolioAnalyzer.of(RiskAssessor.standard()).analyze(plans, PortfolioBenchmark.AS_OF);
    assertThat(report.results()).hasSize(2_000);
    assertThat(report.summary().countsByBand().values().stream().filter(count -> count > 0)).hasSizeGreaterThan(1);
  }
}
