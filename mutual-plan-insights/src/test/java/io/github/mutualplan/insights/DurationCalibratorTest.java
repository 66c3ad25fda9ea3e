package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.template.PlanTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationCalibratorTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);

  @Test
  void fixedDurationsAreFoundExactlyAndTheTemplateIsReissuedWithThem() {
    SyntheticTruth truth = SyntheticTruth.of(0.5, StepTruth.of(2, 0))
        .withStep("security-review", StepTruth.of(15, 0).withSkipRate(0.5));
    List<PlanHistory> deals = SyntheticDeals.of(SMALL, truth).deals(40, 3L);

    Calibration fitted = DurationCalibrator.standard().calibrate(Deals.SMALL, deals);

    StepDurations review = fitted.step("security-review").orElseThrow();
    assertThat(review.estimate()).isEqualTo(DurationEstimate.of(15, 15, 15));
    assertThat(review.sampleSize()).isBetween(10, 30).isEqualTo(deals.stream()
        .filter(d -> SyntheticDealsTest.status(d.current(), "security-review").name().equals("DONE")).count());
    assertThat(review.segment()).isEmpty();
    assertThat(fitted.step("demo").orElseThrow().sampleSize()).isEqualTo(40);
    PlanTemplate next = fitted.template();
    assertThat(next.version()).isEqualTo("1-calibrated-all-40");
    assertThat(next.description().orElseThrow().byLanguage().get("en"))
        .isEqualTo("Durations calibrated from closed deals of template small version 1: 40 deals; working days"
            + " from a step's start to its completion; estimate fitted to P10, P50 and P90.");
    assertThat(next.step("security-review").orElseThrow().durationDays()).hasValue(15);
    assertThat(next.step("proposal").orElseThrow().estimate()).contains(DurationEstimate.of(2, 2, 2));
  }

  @Test
  void theEstimateIsTheTriangleWhosePercentilesAreClosestToTheDeals() {
    int[] days = {9, 1, 8, 2, 7, 3, 6, 4, 5, 10}; // 1 to 10: nearest-rank P10 = 1, P50 = 5, P90 = 9
    StepDurations fitted = StepDurations.fit("demo", Optional.empty(), days);

    // No triangle that starts at a whole day has P10 = 1: the closest starts at 1 and runs to 13, mode at 1.
    assertThat(fitted.p10()).isEqualTo(1);
    assertThat(fitted.median()).isEqualTo(5);
    assertThat(fitted.p90()).isEqualTo(9);
    assertThat(fitted.estimate()).isEqualTo(DurationEstimate.of(1, 1, 13));
    assertThat(fitted).hasToString("demo (all deals, n=10): P10 1, P50 5, P90 9; estimate 1/1/13");
    assertThat(StepDurations.fit("demo", Optional.empty(), new int[] {4}).estimate())
        .isEqualTo(DurationEstimate.of(4, 4, 4));
  }

  @Test
  void aSegmentWithEnoughSamplesIsCalibratedAloneAndOtherwiseOnAllDeals() {
    List<PlanHistory> slow = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.5, StepTruth.of(20, 0))).deals(40, 1L);
    List<PlanHistory> fast = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.5, StepTruth.of(4, 0))).deals(10, 2L);
    List<PlanHistory> withOthers = new ArrayList<>(fast);
    withOthers.add(PlanHistory.of(SMALL)); // not closed: left out
    withOthers.add(SyntheticDeals.of(Deals.plan(Deals.SMALL.withId("other")), SyntheticTruth.of(0.5,
        StepTruth.of(1, 0))).deal(1L)); // another template: left out
    Map<String, List<PlanHistory>> bySegment = Map.of("healthcare", slow, "technology", withOthers);

    Calibration healthcare = DurationCalibrator.standard().calibrate(Deals.SMALL, bySegment, "healthcare");
    Calibration technology = DurationCalibrator.standard().calibrate(Deals.SMALL, bySegment, "technology");

    assertThat(healthcare.step("demo").orElseThrow())
        .hasToString("demo (segment healthcare, n=40): P10 20, P50 20, P90 20; estimate 20/20/20");
    // 10 deals are fewer than 30: all 50 deals, of which 40 took 20 days, so every percentile but P10 is 20
    StepDurations pooled = technology.step("demo").orElseThrow();
    assertThat(pooled.segment()).isEmpty();
    assertThat(pooled.sampleSize()).isEqualTo(50);
    assertThat(List.of(pooled.p10(), pooled.median(), pooled.p90())).containsExactly(4, 20, 20);
    assertThat(technology.segmentDeals()).isEqualTo(10);
    assertThat(technology.allDeals()).isEqualTo(50);
    assertThat(technology.template().version()).isEqualTo("1-calibrated-technology-10");
    assertThat(DurationCalibrator.standard().withMinimumSamples(10).calibrate(Deals.SMALL, bySegment, "technology")
        .step("demo").orElseThrow()).hasToString(
            "demo (segment technology, n=10): P10 4, P50 4, P90 4; estimate 4/4/4");
    assertThat(DurationCalibrator.standard().calibrate(Deals.SMALL, bySegment, "retail").step("demo")
        .orElseThrow().segment()).isEmpty();
  }

  @Test
  void theCalibratedMedianApproachesTheTrueOneAsTheSampleGrows() {
    // median 12 working days, sigma 0.6: the standard error of a sample median is 12 * 0.6 * sqrt(pi / 2) / sqrt(n)
    SyntheticDeals deals = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.5, StepTruth.of(3, 0.3))
        .withStep("security-review", StepTruth.of(12, 0.6)));
    int[] sizes = {50, 200, 1000};
    double[] meanError = new double[sizes.length];
    int seeds = 40;
    for (long seed = 1; seed <= seeds; seed++) {
      for (int i = 0; i < sizes.length; i++) {
        int median = DurationCalibrator.standard().calibrate(Deals.SMALL, deals.deals(sizes[i], seed))
            .step("security-review").orElseThrow().median();
        double standardError = 12 * 0.6 * Math.sqrt(Math.PI / 2) / Math.sqrt(sizes[i]);
        assertThat((double) Math.abs(median - 12)).as("n=%d, seed %d", sizes[i], seed)
            .isLessThanOrEqualTo(4 * standardError + 1); // + 1: durations are whole days
        meanError[i] += Math.abs(median - 12) / (double) seeds;
      }
    }
    assertThat(meanError[2]).isLessThan(meanError[0]);
    assertThat(meanError[2]).isLessThan(0.5);
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> DurationCalibrator.standard().withMinimumSamples(0))
        .hasMessage("samples: must be at least 1, was 0");
    assertThatThrownBy(() -> DurationCalibrator.standard().calibrate(Deals.SMALL, null))
        .hasMessage("histories");
  }
}
