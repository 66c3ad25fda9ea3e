package io.github.mutualplan.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.testing.PlanSamplers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The reports of seeded plans, pinned by a digest of everything they say, taken from the code before issue 22's
 * changes to the assessment: the changes made it faster and leaner, not different. (Taken again when the test kit
 * began to record the day commitments started and the forecast to draw work in progress given the days it had
 * taken, on the code before the leaner assessment, which gives the same digests.) A change that is meant to
 * change what a report says takes a new digest (print {@link #render} of both codes and compare them).
 */
class PortfolioGoldenTest {
  /** Plans of 0 to 40 commitments, of every kind and status. */
  static final List<MutualActionPlan> PLANS = plans(1_500);

  static List<MutualActionPlan> plans(int count) {
    List<MutualActionPlan> plans = new ArrayList<>(count);
    for (int seed = 0; seed < count; seed++) {
      plans.add(PlanSamplers.plans(40).sample(seed).withId(PlanId.of("deal-" + seed)));
    }
    return plans;
  }

  @Test
  void eachPlanAssessedAsOfADayOfItsOwnSaysWhatItSaidBefore() {
    StringBuilder out = new StringBuilder();
    RiskAssessor assessor = RiskAssessor.standard();
    for (int k = 0; k < PLANS.size(); k++) {
      MutualActionPlan plan = PLANS.get(k);
      render(assessor.assess(plan, plan.start().plusDays(k % 240)), out); // from its start to well after
    }
    assertThat(digest(out)).isEqualTo("c808ad37619c1ca416a3e77df8b2a3b478e3f7d5c236758d6f597de0f83bdaee");
  }

  @Test
  void thePortfolioAsOfThreeDaysSaysWhatItSaidBefore() {
    StringBuilder out = new StringBuilder();
    PortfolioAnalyzer analyzer = PortfolioAnalyzer.of(RiskAssessor.standard()).withParallelism(2);
    for (LocalDate asOf : List.of(LocalDate.of(2022, 6, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2031, 11, 3))) {
      render(analyzer.analyze(PLANS, asOf), out);
    }
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200));
    render(analyzer.withForecaster(forecaster).analyze(PLANS.subList(0, 150), LocalDate.of(2027, 3, 1)), out);
    assertThat(digest(out)).isEqualTo("5ca5b350db7157254c921940344d2dfcf6076b53bfd8aabc0fabb29b6309376d");
  }

  /** Every result, finding and text of a report, and its summary, with the maps by currency in code order. */
  static void render(PortfolioReport report, StringBuilder out) {
    out.append("portfolio as of ").append(report.asOf()).append('\n');
    for (PlanResult result : report.results()) {
      out.append(result.plan()).append(' ').append(result.deal()).append(' ').append(result.status()).append(' ')
          .append(result.forecast()).append('\n');
      render(result.risk(), out);
    }
    PortfolioSummary summary = report.summary();
    out.append(summary.plans()).append(' ').append(summary.countsByBand()).append(' ')
        .append(byCode(summary.valueAtRisk())).append('\n');
    summary.expectedClosesByMonth().forEach((month, values) -> out.append(month).append(' ')
        .append(byCode(values)).append('\n'));
  }

  static void render(RiskReport report, StringBuilder out) {
    out.append(report.plan()).append(" v").append(report.version()).append(" as of ").append(report.asOf())
        .append(' ').append(report.projectedClose()).append(' ').append(report.healthScore()).append(' ')
        .append(report.band()).append('\n');
    for (RiskFinding f : report.findings()) {
      out.append("  ").append(f).append(" | ").append(f.severity()).append(' ').append(f.rule()).append(' ')
          .append(f.subject().path()).append(' ').append(f.subject().hashCode()).append(' ')
          .append(f.subject().item()).append(f.subject().criterion()).append(f.subject().signOffOwner())
          .append(' ').append(f.message()).append(' ').append(f.action()).append('\n');
    }
  }

  static <V> Map<String, V> byCode(Map<Currency, V> values) {
    Map<String, V> sorted = new TreeMap<>(Comparator.naturalOrder());
    values.forEach((currency, value) -> sorted.put(currency.getCurrencyCode(), value));
    return sorted;
  }

  static String digest(StringBuilder text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
