package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mutualplan.MutualActionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepWinLossTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);

  @Test
  void wilsonsIntervalIsTheTextbooksOne() {
    double[] interval = StepWinLoss.wilson(8, 10, 1.96); // Newcombe (1998), table I: 0.4902 to 0.9433
    assertThat(interval[0]).isCloseTo(0.4902, within(0.0001));
    assertThat(interval[1]).isCloseTo(0.9433, within(0.0001));
    assertThat(StepWinLoss.wilson(0, 10, 1.96)[0]).isCloseTo(0, within(1e-12));
    assertThatThrownBy(() -> StepWinLoss.wilson(1, 2, 0)).hasMessage("z: must be positive, was 0.0");
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
