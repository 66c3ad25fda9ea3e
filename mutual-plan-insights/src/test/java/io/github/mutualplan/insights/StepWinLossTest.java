package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mutualplan.MutualActionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepWinLossTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);

  @Test
  void theDifferencesIntervalIsNewcombesHybridScoreInterval() {
    // Newcombe, Statistics in Medicine 17 (1998) 873-890, table II, method 10: 56/70 - 48/80 and 9/10 - 3/10
    StepWinLoss a = new StepWinLoss("a", Proportion.of(56, 70), Proportion.of(48, 80), Proportion.of(0, 0));
    assertThat(a.difference()).isCloseTo(0.2, within(1e-12));
    assertThat(a.differenceLower(1.96)).isCloseTo(0.0524, within(0.00005));
    assertThat(a.differenceUpper(1.96)).isCloseTo(0.3339, within(0.00005));
    StepWinLoss b = new StepWinLoss("b", Proportion.of(9, 10), Proportion.of(3, 10), Proportion.of(0, 0));
    assertThat(b.differenceLower(1.96)).isCloseTo(0.1705, within(0.00005));
    assertThat(b.differenceUpper(1.96)).isCloseTo(0.8090, within(0.00005));
  }

  @Test
  void aStepDoneAfterItsDueDateIsLateAndCountsAsDoneToo() {
    // spread 0: every step takes its median; the review's due date is after the 10 working days it plans for
    SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(3, 0)).withStep("security-review", StepTruth.of(12, 0))
        .withStep("proposal", StepTruth.of(5, 0).withSkipRate(1));
    List<StepWinLoss> byStep = StepWinLoss.of(SyntheticDeals.of(SMALL, truth).deals(4, 1L));

    assertThat(byStep).extracting(StepWinLoss::step).containsExactly("demo", "proposal", "security-review");
    StepWinLoss review = byStep.get(2);
    assertThat(review.done()).isEqualTo(4);
    assertThat(review.late()).isEqualTo(4);
    assertThat(review.lateWon()).isEqualTo(4);
    assertThat(review.whenLate()).isEqualTo(Proportion.of(4, 4));
    assertThat(byStep.get(0).late()).isZero(); // the demo takes the 3 days it plans for
    assertThat(byStep.get(1).skipped()).isEqualTo(4);
    assertThat(byStep.get(1).whenSkipped()).isEqualTo(Proportion.of(4, 4));
  }

  @Test
  void aBuiltInEffectIsDetectedAndAStepWithoutEffectIsNotAtNinetyFivePercent() {
    SyntheticDeals deals = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.3, StepTruth.of(3, 0.3))
        .withStep("security-review", StepTruth.of(8, 0.5).withSkipRate(0.3).withWinEffect(0.3))
        .withStep("proposal", StepTruth.of(4, 0.5).withSkipRate(0.3)));
    int seeds = 40;
    int effectFound = 0;
    int noEffectFound = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      List<StepWinLoss> byStep = StepWinLoss.of(deals.deals(400, seed));
      StepWinLoss review = byStep.stream().filter(s -> s.step().equals("security-review")).findFirst().orElseThrow();
      StepWinLoss proposal = byStep.stream().filter(s -> s.step().equals("proposal")).findFirst().orElseThrow();
      assertThat(review.done() + review.skipped()).isEqualTo(400);
      effectFound += review.differenceLower(1.96) > 0 ? 1 : 0;
      noEffectFound += proposal.differenceLower(1.96) > 0 || proposal.differenceUpper(1.96) < 0 ? 1 : 0;
    }
    // a difference of 0.3 over about 280 and 120 deals: the power is above 99 %
    assertThat(effectFound).isGreaterThanOrEqualTo(seeds - 1);
    // no effect: about 5 % of seeds, 2 of 40; 7 or more has a probability under 1 %
    assertThat(noEffectFound).isLessThanOrEqualTo(6);
  }

  @Test
  void aStepNeverSkippedHasNoSkippedRate() {
    StepWinLoss demo = StepWinLoss.of(SyntheticDeals.of(SMALL, SyntheticTruth.of(1, StepTruth.of(2, 0)))
        .deals(5, 1L)).get(0);

    assertThat(demo).hasToString("demo: won 100.0 % done (n=5), NaN % skipped (n=0)");
    assertThat(demo.differenceLower(1.96)).isNaN();
  }
}
