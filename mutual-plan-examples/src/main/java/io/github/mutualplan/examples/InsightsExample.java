package io.github.mutualplan.examples;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.insights.BacktestResult;
import io.github.mutualplan.insights.Calibration;
import io.github.mutualplan.insights.DurationCalibrator;
import io.github.mutualplan.insights.ForecastBacktest;
import io.github.mutualplan.insights.StepDurations;
import io.github.mutualplan.insights.StepTruth;
import io.github.mutualplan.insights.StepWinLoss;
import io.github.mutualplan.insights.SyntheticDeals;
import io.github.mutualplan.insights.SyntheticTruth;
import io.github.mutualplan.insights.WinLossAnalysis;
import io.github.mutualplan.insights.WinLossAnalyzer;
import io.github.mutualplan.insights.WinLossReport;
import io.github.mutualplan.template.PlanTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Learning from closed deals: win-loss analysis, step durations calibrated from history and forecasts checked
 * against what happened. Run on synthetic deals of two kinds of customer (a health system and a startup) whose
 * truth is known, or, from the CLI's {@code insights} command, on histories read from files or a plan store.
 */
public final class InsightsExample {
  /** Why the synthetic health systems lose, by weight. */
  static final Map<CloseReason, Double> HEALTH_SYSTEM_LOSSES = Map.of(CloseReason.NO_DECISION, 4.0,
      CloseReason.COMPETITOR, 3.0, CloseReason.BUDGET, 2.0, CloseReason.CHAMPION_LEFT, 1.0);
  /** Why the synthetic startups lose, by weight. */
  static final Map<CloseReason, Double> STARTUP_LOSSES = Map.of(CloseReason.TIMING, 2.0, CloseReason.PRODUCT_GAP,
      2.0, CloseReason.COMPETITOR, 1.0);

  private InsightsExample() {}

  /** Makes {@code deals} synthetic closed deals (seeded), analyses them and writes the report into a directory. */
  public static void run(int deals, long seed, Path directory, PrintWriter out) throws IOException {
    MutualActionPlan healthSystem = Deals.northwind().plan();
    MutualActionPlan startup = Deals.brightpath().plan();
    SplittableRandom random = new SplittableRandom(seed);
    List<PlanHistory> closed = new ArrayList<>(deals);
    SyntheticDeals health = SyntheticDeals.of(healthSystem, healthSystemTruth(healthSystem));
    SyntheticDeals fast = SyntheticDeals.of(startup, slower(startup, SyntheticTruth.of(0.45, StepTruth.of(3, 0.4)),
        1.1).withLossReasons(STARTUP_LOSSES));
    for (int i = 0; i < deals; i++) {
      closed.add(random.nextInt(3) < 2 ? health.deal(random.nextLong()) : fast.deal(random.nextLong()));
    }
    Map<PlanId, Map<String, String>> facts = Map.of(
        healthSystem.id(), Map.of("industry", "healthcare", "segment", "enterprise"),
        startup.id(), Map.of("industry", "technology", "segment", "startup"));
    out.printf("%,d synthetic closed deals: two in three with a health system, one in three with a startup%n%n",
        deals);
    report(closed, facts, Forecaster.of(ForecastOptions.defaults().withTrials(1_000)), directory, out);
  }

  /**
   * The health systems' truth: every step takes a quarter longer than the template plans; the security review,
   * skipped in three deals in ten, and the value analysis, skipped in four, go with winning when done.
   */
  static SyntheticTruth healthSystemTruth(MutualActionPlan plan) {
    return slower(plan, SyntheticTruth.of(0.2, StepTruth.of(10, 0.4)), 1.25)
        .withStep("security-review", StepTruth.of(55, 0.6).withSkipRate(0.3).withWinEffect(0.15))
        .withStep("value-analysis", StepTruth.of(50, 0.5).withSkipRate(0.4).withWinEffect(0.25))
        .withLossReasons(HEALTH_SYSTEM_LOSSES);
  }

  /** A truth in which each of the plan's steps takes {@code factor} times its most likely days, spread 0.4. */
  static SyntheticTruth slower(MutualActionPlan plan, SyntheticTruth truth, double factor) {
    SyntheticTruth slower = truth;
    for (Commitment c : plan.commitments()) {
      int planned = c.estimate().map(DurationEstimate::mostLikely).orElse(c.durationDays().orElse(1));
      slower = slower.withStep(c.id().key(), StepTruth.of((int) Math.round(planned * factor), 0.4)
          .withSkipRate(0.05));
    }
    return slower;
  }

  /**
   * Analyses closed histories: win-loss (with the caller's facts about each plan as factors), the durations of
   * each catalogue template's steps, and the forecast backtested on the later third of the deals, as planned and
   * with the durations calibrated on the earlier two thirds. Writes {@code win-loss.html} and {@code win-loss.md}.
   *
   * @param closed the histories; those not closed are counted and left out
   * @param facts for each plan, its levels of the caller's factors, such as {@code industry=healthcare}; a blank
   *     level is not known
   */
  static void report(List<PlanHistory> closed, Map<PlanId, Map<String, String>> facts, Forecaster forecaster,
      Path directory, PrintWriter out) throws IOException {
    WinLossAnalyzer analyzer = WinLossAnalyzer.standard();
    Set<String> factors = new TreeSet<>();
    facts.values().forEach(levels -> factors.addAll(levels.keySet()));
    for (String factor : factors) {
      analyzer = analyzer.withFactor(factor, plan -> Optional.ofNullable(facts.getOrDefault(plan.id(), Map.of())
          .get(factor)).filter(level -> !level.isBlank()));
    }
    WinLossAnalysis analysis = analyzer.analyze(closed);
    out.printf("Won %s of %,d closed deals (%,d not closed, left out)%n", analysis.winRate(), analysis.deals(),
        analysis.openSkipped());
    analysis.factors().forEach((factor, levels) -> out.printf("  by %s: %s%n", factor, levels));
    out.printf("Cycle length in days, won: %s%n", analysis.cycleLengthsWon());
    out.printf("Cycle length in days, lost: %s%n", analysis.cycleLengthsLost());
    out.println("Steps whose doing goes with winning (95 % interval of the difference above 0):");
    for (StepWinLoss step : analysis.steps()) {
      if (step.differenceLower(1.96) > 0) {
        out.printf(Locale.ROOT, "  %s: %+.1f points [%+.1f, %+.1f]%n", step, 100 * step.difference(),
            100 * step.differenceLower(1.96), 100 * step.differenceUpper(1.96));
      }
    }
    out.println("Losses by stage reached and reason: " + analysis.lossesByStage());

    Files.createDirectories(directory);
    WinLossReport report = WinLossReport.of(analysis);
    Files.writeString(directory.resolve("win-loss.html"), report.html(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("win-loss.md"), report.markdown(), StandardCharsets.UTF_8);
    out.printf("%nWrote %s and win-loss.md%n", directory.resolve("win-loss.html"));

    for (PlanTemplate template : templates(closed)) {
      // The deals of the template by start; calibrate on the earlier two thirds, backtest on the later third.
      List<PlanHistory> deals = closed.stream().filter(h -> templateOf(h).equals(Optional.of(template.id())))
          .sorted(Comparator.comparing(h -> h.first().start())).collect(Collectors.toList());
      List<PlanHistory> past = deals.subList(0, deals.size() * 2 / 3);
      List<PlanHistory> later = deals.subList(past.size(), deals.size());
      Calibration fitted = DurationCalibrator.standard().calibrate(template, past);
      out.printf("%nTemplate %s %s, calibrated on %,d earlier deals: %s%n", template.id(), template.version(),
          fitted.allDeals(), fitted.template().version());
      fitted.steps().stream().limit(5).map(StepDurations::toString).forEach(s -> out.println("  " + s));
      ForecastBacktest backtest = ForecastBacktest.of(forecaster);
      BacktestResult asPlanned = backtest.run(later);
      BacktestResult calibrated = backtest.withEstimates(fitted).run(later);
      out.printf("  Forecasts of the %,d later deals, as planned: %s%n", later.size(), summary(asPlanned));
      out.printf("  ... with the calibrated durations:        %s%n", summary(calibrated));
    }
  }

  private static String summary(BacktestResult result) {
    return String.format(Locale.ROOT, "Brier %.3f (skill %+.2f), P50 off by %+d days (median), P80 held %.0f %%",
        result.brierScore(), result.brierSkill(), result.medianErrorDays(), 100 * result.p80Coverage());
  }

  /** The catalogue's templates the closed deals were made from, in the catalogue's order. */
  static List<PlanTemplate> templates(List<PlanHistory> closed) {
    List<PlanTemplate> templates = new ArrayList<>();
    for (PlanTemplate template : Deals.CATALOGUE.templates()) {
      if (closed.stream().anyMatch(h -> templateOf(h).equals(Optional.of(template.id())))) {
        templates.add(template);
      }
    }
    return templates;
  }

  private static Optional<String> templateOf(PlanHistory history) {
    return history.current().provenance().map(Provenance::templateId);
  }
}
