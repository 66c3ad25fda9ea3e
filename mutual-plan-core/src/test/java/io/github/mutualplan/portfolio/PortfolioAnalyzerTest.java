package io.github.mutualplan.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Closure;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.SamplePlans;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The portfolio's rules: parallel equals sequential, nothing lost or reordered, and the summary adds up. */
class PortfolioAnalyzerTest {
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  static final PortfolioAnalyzer RISK_ONLY = PortfolioAnalyzer.of(RiskAssessor.standard());
  static final Forecaster FEW_TRIALS = Forecaster.of(ForecastOptions.defaults().withTrials(200));

  /** Portfolios of 0 to 1,100 small plans (several batches), each with a distinct id. */
  static Gen<List<MutualActionPlan>> portfolios() {
    return in -> {
      Draw d = Gens.draw(in);
      int size = d.chance(15) ? d.between(513, 1_100) : d.between(0, 40);
      Gen<MutualActionPlan> plans = Gens.plans(12);
      List<MutualActionPlan> portfolio = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        MutualActionPlan plan = plans.generate(in);
        portfolio.add(plan.withId(PlanId.of("deal-" + i)));
      }
      return portfolio;
    };
  }

  @Test
  void inParallelTheReportIsTheSameAsOnOneThreadAndKeepsTheOrderGiven() {
    qt().withExamples(15).forAll(portfolios()).checkAssert(portfolio -> {
      PortfolioReport sequential = RISK_ONLY.withParallelism(1).analyze(portfolio, AS_OF);
      PortfolioReport parallel = RISK_ONLY.withParallelism(4).analyze(portfolio, AS_OF);
      PortfolioReport streamed = RISK_ONLY.withParallelism(3).analyze(portfolio.stream(), AS_OF);

      assertThat(parallel).isEqualTo(sequential);
      assertThat(streamed).isEqualTo(sequential);
      assertThat(sequential.results()).extracting(PlanResult::plan)
          .containsExactlyElementsOf(portfolio.stream().map(MutualActionPlan::id).collect(Collectors.toList()));
      assertThat(sequential.results()).allSatisfy(r -> assertThat(r.forecast()).isEmpty());
    });
  }

  @Test
  void theSummaryCountsEveryOpenPlanOnceAndAddsUpItsValues() {
    qt().withExamples(15).forAll(portfolios()).checkAssert(portfolio -> {
      PortfolioSummary summary = RISK_ONLY.analyze(portfolio, AS_OF).summary();
      List<MutualActionPlan> open = portfolio.stream().filter(p -> !p.status().isClosed())
          .collect(Collectors.toList());

      assertThat(summary.plans()).isEqualTo(portfolio.size());
      assertThat(summary.countsByBand()).containsOnlyKeys(HealthBand.values());
      assertThat(summary.countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(open.size());
      Map<Currency, BigDecimal> atRisk = new HashMap<>();
      Map<Currency, BigDecimal> total = new HashMap<>();
      for (MutualActionPlan plan : open) {
        Money value = plan.deal().value();
        total.merge(value.currency(), value.amount(), BigDecimal::add);
        if (RiskAssessor.standard().assess(plan, AS_OF).band() != HealthBand.HEALTHY) {
          atRisk.merge(value.currency(), value.amount(), BigDecimal::add);
        }
      }
      assertThat(summary.valueAtRisk()).isEqualTo(atRisk);
      // Without a forecast each open plan counts in full in the month of its projected close.
      total.replaceAll((c, v) -> v.stripTrailingZeros());
      assertThat(totalsByCurrency(summary)).isEqualTo(total);
    });
  }

  @Test
  void withAForecastEachPlansValueIsSpreadOverTheMonthsOfItsTrials() {
    qt().withExamples(10).forAll(portfolios()).checkAssert(portfolio -> {
      List<MutualActionPlan> few = portfolio.subList(0, Math.min(portfolio.size(), 30));
      PortfolioReport report = RISK_ONLY.withForecaster(FEW_TRIALS).analyze(few, AS_OF);

      assertThat(report.results()).allSatisfy(r ->
          assertThat(r.forecast().isPresent()).isEqualTo(!r.status().isClosed()));
      Map<Currency, BigDecimal> total = new HashMap<>();
      int months = report.summary().expectedClosesByMonth().size();
      few.stream().filter(p -> !p.status().isClosed())
          .forEach(p -> total.merge(p.deal().value().currency(), p.deal().value().amount(), BigDecimal::add));
      // Each month's share is rounded to the cent: the totals are exact to a cent per month and plan.
      Map<Currency, BigDecimal> spread = totalsByCurrency(report.summary());
      assertThat(spread.keySet()).isEqualTo(total.keySet());
      spread.forEach((currency, sum) -> assertThat(sum.subtract(total.get(currency)).abs())
          .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf((long) months * few.size()))));
    });
  }

  static Map<Currency, BigDecimal> totalsByCurrency(PortfolioSummary summary) {
    Map<Currency, BigDecimal> totals = new HashMap<>();
    summary.expectedClosesByMonth().values()
        .forEach(byCurrency -> byCurrency.forEach((c, v) -> totals.merge(c, v, BigDecimal::add)));
    // Compare amounts, not scales: 10.0 and 10.00 are the same money.
    totals.replaceAll((c, v) -> v.stripTrailingZeros());
    return totals;
  }

  @Test
  void threeDealsAtAGlance() {
    MutualActionPlan healthcare = SamplePlans.healthcareClosingPlan().build();
    MutualActionPlan won = SamplePlans.healthcareClosingPlan().id(PlanId.of("won")).status(PlanStatus.CLOSED_WON)
        .closure(Closure.of("Signed", Instant.parse("2027-01-08T12:00:00Z"))).build();
    MutualActionPlan euro = healthcare.withId(PlanId.of("euro"))
        .withDeal(Deal.of("Klinikum Nord", Money.of("80000", "EUR")));

    PortfolioReport report = PortfolioAnalyzer.of(RiskAssessor.standard()).withParallelism(2)
        .analyze(List.of(healthcare, won, euro), SamplePlans.START);

    assertThat(report.summary().plans()).isEqualTo(3);
    // The won deal is neither at risk nor expected to close: it has closed.
    assertThat(report.summary().countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    assertThat(report.summary().expectedClosesByMonth().keySet())
        .containsExactly(YearMonth.from(report.results().get(0).risk().projectedClose().orElseThrow()));
    assertThat(report.summary().expectedClosesByMonth().values()).singleElement()
        .satisfies(byCurrency -> assertThat(byCurrency).containsOnlyKeys(
            healthcare.deal().value().currency(), Currency.getInstance("EUR")));
  }

  @Test
  void aMissingPlanOrDayIsNamed() {
    List<MutualActionPlan> withNull = Arrays.asList(SamplePlans.healthcareClosingPlan().build(), null);
    assertThatThrownBy(() -> RISK_ONLY.analyze(withNull, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("plans element");
    assertThatThrownBy(() -> RISK_ONLY.analyze(Stream.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> RISK_ONLY.withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads: must be at least 1 (was 0)");
    assertThat(RISK_ONLY.analyze(List.of(), AS_OF).summary().countsByBand())
        .containsOnly(Map.entry(HealthBand.HEALTHY, 0), Map.entry(HealthBand.AT_RISK, 0),
            Map.entry(HealthBand.CRITICAL, 0));
  }
}
