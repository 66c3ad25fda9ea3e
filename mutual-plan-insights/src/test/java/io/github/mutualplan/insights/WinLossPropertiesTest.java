package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The analysis's counts, over generated plans and synthetic deals. */
class WinLossPropertiesTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);
  /** A factor of the caller's that every plan has a level of, and one that some plans have none of. */
  private static final WinLossAnalyzer ANALYZER = WinLossAnalyzer.standard()
      .withFactor("title-length", plan -> Optional.of(plan.title().length() % 3 == 0 ? "short" : "long"))
      .withFactor("kind", plan -> plan.commitments().isEmpty() ? Optional.empty()
          : Optional.of(plan.kind().name().toLowerCase(java.util.Locale.ROOT)));

  @Test
  void countsAddUpOverGeneratedPlansInAnyOrderAndAsAStream() {
    qt().withExamples(150).forAll(lists().of(Gens.plans(12)).ofSizeBetween(0, 20), longs().all())
        .checkAssert((plans, seed) -> {
          List<PlanHistory> histories = plans.stream().map(PlanHistory::of).collect(Collectors.toList());
          WinLossAnalysis analysis = ANALYZER.analyze(histories);

          long closed = plans.stream().filter(p -> p.status().isClosed()).count();
          assertCountsAddUp(analysis, plans.size());
          assertThat(analysis.deals()).isEqualTo(closed);
          assertThat(analysis.won()).isEqualTo(plans.stream().filter(p -> p.status() == PlanStatus.CLOSED_WON).count());

          assertThat(ANALYZER.analyze(histories.stream())).isEqualTo(analysis);
          List<PlanHistory> shuffled = new ArrayList<>(histories);
          Collections.shuffle(shuffled, new Random(seed));
          WinLossAnalysis again = ANALYZER.analyze(shuffled);
          assertThat(again).isEqualTo(analysis).hasSameHashCodeAs(analysis).hasToString(analysis.toString());
          assertThat(WinLossReport.of(again).markdown()).isEqualTo(WinLossReport.of(analysis).markdown());
          WinLossReportTest.xml(WinLossReport.of(analysis).html()); // well-formed whatever the plans
        });
  }

  @Test
  void countsAddUpOverSyntheticDeals() {
    qt().withExamples(30).forAll(integers().between(0, 60), longs().all(), doubles().between(0, 1),
        doubles().between(0, 1)).checkAssert((count, seed, skipRate, base) -> {
          SyntheticTruth truth = SyntheticTruth.of(base, StepTruth.of(3, 0.5).withSkipRate(skipRate))
              .withStep("proposal", StepTruth.of(4, 0.8).withWinEffect(0.2));
          List<PlanHistory> deals = new ArrayList<>(SyntheticDeals.of(SMALL, truth).deals(count, seed));
          deals.add(PlanHistory.of(SMALL));

          WinLossAnalysis analysis = ANALYZER.analyze(deals);

          assertCountsAddUp(analysis, count + 1);
          assertThat(analysis.deals()).isEqualTo(count);
          assertThat(analysis.openSkipped()).isEqualTo(1);
          // every step of a synthetic deal is done or skipped
          assertThat(analysis.steps()).allMatch(s -> s.done() + s.skipped() == count);
        });
  }

  @Test
  void aFactorWithAnEffectIsFoundAndOneWithoutIsNotAtNinetyFivePercentInMostSeeds() {
    // with a champion the chance of winning is 0.5, without 0.2; the day of the close has no effect on winning
    MutualActionPlan withChampion = SMALL.withStakeholders(SMALL.stakeholders().stream()
        .map(s -> s.side() == Side.BUYER ? s.withRoles(Role.CHAMPION) : s).collect(Collectors.toList()));
    SyntheticDeals championed = SyntheticDeals.of(withChampion, SyntheticTruth.of(0.5, StepTruth.of(4, 0.6)));
    SyntheticDeals alone = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.2, StepTruth.of(4, 0.6)));
    WinLossAnalyzer analyzer = WinLossAnalyzer.standard().withFactor("close-day", plan -> Optional.of(
        plan.closure().orElseThrow().closedAt().atZone(plan.zone()).getDayOfMonth() % 2 == 0 ? "even" : "odd"));
    int seeds = 30;
    int effectFound = 0;
    int noEffectFound = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      List<PlanHistory> deals = new ArrayList<>(championed.deals(200, seed));
      deals.addAll(alone.deals(200, -seed));

      WinLossAnalysis analysis = analyzer.analyze(deals);

      Map<String, Proportion> champion = analysis.factor(WinLossAnalysis.CHAMPION);
      effectFound += Proportion.differenceLower(champion.get("yes"), champion.get("no"), 1.96) > 0 ? 1 : 0;
      Map<String, Proportion> day = analysis.factor("close-day");
      boolean found = Proportion.differenceLower(day.get("even"), day.get("odd"), 1.96) > 0
          || Proportion.differenceUpper(day.get("even"), day.get("odd"), 1.96) < 0;
      noEffectFound += found ? 1 : 0;
    }
    // 0.5 against 0.2 over 200 deals each: the power is above 99.9 %
    assertThat(effectFound).isEqualTo(seeds);
    // no effect: about 5 % of seeds, 1.5 of 30; 6 or more has a probability under 1 %
    assertThat(noEffectFound).isLessThanOrEqualTo(5);
  }

  private static void assertCountsAddUp(WinLossAnalysis analysis, int given) {
    assertThat(analysis.won() + analysis.lost()).isEqualTo(analysis.deals());
    assertThat(analysis.deals() + analysis.openSkipped()).isEqualTo(given);
    assertThat(analysis.winRate()).isEqualTo(Proportion.of(analysis.won(), analysis.deals()));
    assertThat(analysis.factors().keySet()).containsExactly("template", "deal-size", "champion", "economic-buyer",
        "buyer-stakeholders", "title-length", "kind");
    analysis.factors().forEach((factor, levels) -> {
      assertThat(levels.values().stream().mapToInt(Proportion::trials).sum()).as(factor)
          .isEqualTo(analysis.deals());
      assertThat(levels.values().stream().mapToInt(Proportion::successes).sum()).as(factor)
          .isEqualTo(analysis.won());
      assertThat(levels).as(factor).allSatisfy((level, p) -> assertThat(p.trials()).isPositive());
    });
    assertThat(analysis.cycleLengthsWon().count()).isEqualTo(analysis.won());
    assertThat(analysis.cycleLengthsLost().count()).isEqualTo(analysis.lost());
    for (StepWinLoss step : analysis.steps()) {
      assertThat(step.done() + step.skipped()).as(step.step()).isBetween(1, analysis.deals());
      assertThat(step.late()).as(step.step()).isLessThanOrEqualTo(step.done());
      assertThat(step.lateWon()).as(step.step()).isLessThanOrEqualTo(step.doneWon());
      assertThat(step.doneWon() + step.skippedWon()).as(step.step()).isLessThanOrEqualTo(analysis.won());
    }
    assertThat(analysis.lossesByStage().values().stream().flatMap(m -> m.values().stream())
        .mapToInt(Integer::intValue).sum()).isEqualTo(analysis.lost());
    assertThat(analysis.lossesByReason().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(analysis.lost());
  }
}
