package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForecastBacktestTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);
  private static final Forecaster FORECASTER = Forecaster.of(ForecastOptions.defaults().withTrials(500));

  @Test
  void aForecasterThatKnowsFixedDurationsIsNeverWrong() {
    SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(4, 0)).withStep("security-review", StepTruth.of(12, 0));
    List<PlanHistory> deals = SyntheticDeals.of(SMALL, truth).deals(5, 1L);

    BacktestResult result = ForecastBacktest.of(FORECASTER).withEstimates(key -> Optional.of(truth.step(key)
        .estimate())).run(deals);

    assertThat(result.deals()).isEqualTo(5);
    assertThat(result.forecasts()).isEqualTo(5 * 2); // 13 working days from Monday 1 March: as of the 1st and 15th
    assertThat(result.brierScore()).isZero();
    assertThat(result.medianAbsoluteErrorDays()).isZero();
    assertThat(result.p80Coverage()).isEqualTo(1.0);
  }

  @Test
  void thePlansOwnEstimatesAreScoredAgainstWhatHappened() {
    // The template plans 3 + 10 days; the deals took 4 + 12 working days: two weeks later than planned.
    SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(4, 0)).withStep("security-review", StepTruth.of(12, 0));
    List<PlanHistory> deals = SyntheticDeals.of(SMALL, truth).deals(5, 1L);

    BacktestResult result = ForecastBacktest.of(FORECASTER).everyDays(7).run(deals);

    assertThat(result.forecasts()).isEqualTo(5 * 3); // as of 1, 8 and 15 March
    assertThat(result.medianErrorDays()).isPositive(); // closed later than forecast
    assertThat(result.p80Coverage()).isLessThan(1.0);
    assertThat(result.reliability()).hasSize(10);
    assertThat(result.events()).isEqualTo(15 * 3); // by the target close, within 30 and within 90 days
    assertThat(result.reliability().stream().mapToInt(ReliabilityBand::events).sum()).isEqualTo(45);
  }

  @Test
  void lostAndOpenDealsAreLeftOutAndCounted() {
    List<PlanHistory> deals = new ArrayList<>(SyntheticDeals.of(SMALL, SyntheticTruth.of(0, StepTruth.of(3, 0)))
        .deals(3, 1L)); // all lost
    deals.add(PlanHistory.of(SMALL));

    BacktestResult result = ForecastBacktest.of(FORECASTER).run(deals);

    assertThat(result.deals()).isZero();
    assertThat(result.leftOut()).isEqualTo(4);
    assertThat(result.forecasts()).isZero();
    assertThat(result.brierScore()).isNaN();
  }

  @Test
  void theVersionAsOfADayIsTheLastChangedBeforeIt() {
    PlanHistory deal = SyntheticDeals.of(SMALL, SyntheticTruth.of(1, StepTruth.of(4, 0))).deal(1L);

    assertThat(ForecastBacktest.asOf(deal, LocalDate.of(2027, 3, 1))).isEqualTo(deal.first());
    // Started Monday 1 March at 09:00, done Thursday 4 March at 17:00: as of the 4th it is in progress.
    MutualActionPlan then = ForecastBacktest.asOf(deal, LocalDate.of(2027, 3, 4));
    assertThat(then.commitments().get(0).status().name()).isEqualTo("IN_PROGRESS");
    assertThat(ForecastBacktest.asOf(deal, LocalDate.of(2027, 12, 31))).isEqualTo(deal.current());
  }

  @Test
  void calibratedEstimatesForecastBetterThanTheTemplatesGuesses() {
    SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(6, 0.5)).withStep("security-review",
        StepTruth.of(20, 0.6));
    List<PlanHistory> past = SyntheticDeals.of(SMALL, truth).deals(200, 7L);
    List<PlanHistory> next = SyntheticDeals.of(SMALL, truth).deals(60, 8L);
    Calibration fitted = DurationCalibrator.standard().calibrate(Deals.SMALL, past);

    BacktestResult asPlanned = ForecastBacktest.of(FORECASTER).everyDays(7).run(next);
    BacktestResult calibrated = ForecastBacktest.of(FORECASTER).everyDays(7).withEstimates(fitted).run(next);

    assertThat(calibrated.brierScore()).isLessThan(asPlanned.brierScore());
    assertThat(Math.abs(calibrated.medianErrorDays())).isLessThan(Math.abs(asPlanned.medianErrorDays()));
    assertThat(calibrated.p80Coverage()).isCloseTo(0.8, within(0.15));
  }

  /**
   * Whatever the truth (each step's median from half to twice the template's, any spread), a forecaster that knows
   * the true distributions scores a Brier score no worse than the template's own guesses on the same deals, and
   * better in most cases. (Deals faster than planned are forecast by both to close on the due dates the plan
   * agreed, which a forecast never finishes before: there, both score alike.)
   */
  @Test
  void aForecasterThatKnowsTheTruthScoresBetterThanTheTemplatesGuesses() {
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger better = new AtomicInteger();
    qt().withExamples(12).forAll(longs().all(), integers().between(50, 200), integers().between(50, 200),
        integers().between(20, 70)).checkAssert((seed, demoPercent, reviewPercent, spreadPercent) -> {
          double spread = spreadPercent / 100.0;
          SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(Math.max(1, 3 * demoPercent / 100), spread))
              .withStep("security-review", StepTruth.of(Math.max(1, 10 * reviewPercent / 100), spread));
          List<PlanHistory> deals = SyntheticDeals.of(SMALL, truth).deals(40, seed);
          ForecastBacktest backtest = ForecastBacktest.of(Forecaster.of(ForecastOptions.defaults().withTrials(300)))
              .everyDays(5);

          BacktestResult asPlanned = backtest.run(deals);
          BacktestResult knowing = backtest.withEstimates(key -> Optional.of(truth.step(key).estimate())).run(deals);

          assertThat(knowing.brierScore()).as("%s knowing %s", asPlanned, knowing)
              .isLessThanOrEqualTo(asPlanned.brierScore());
          cases.incrementAndGet();
          better.addAndGet(knowing.brierScore() < asPlanned.brierScore() ? 1 : 0);
        });
    assertThat(better.get()).as("better in %d of %d", better.get(), cases.get()).isGreaterThan(cases.get() / 2);
  }

  @Test
  void badInputIsRefusedByName() {
    assertThatThrownBy(() -> ForecastBacktest.of(FORECASTER).everyDays(0))
        .hasMessage("days: must be 1 to 366, was 0");
    assertThatThrownBy(() -> ForecastBacktest.of(FORECASTER).run(Arrays.asList(PlanHistory.of(SMALL), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("histories[1]");
    PlanHistory won = SyntheticDeals.of(SMALL, SyntheticTruth.of(1, StepTruth.of(3, 0))).deal(1L);
    assertThatThrownBy(() -> ForecastBacktest.of(FORECASTER).withEstimates(key -> null).run(List.of(won)))
        .isInstanceOf(NullPointerException.class).hasMessage("estimates of 'demo'");
  }

  @Test
  void theTruesEstimateIsTheTriangleFittedToTheLogNormalsPercentiles() {
    // P10 5, P50 10, P90 19: the triangle 4/4/26 has P10 5.1, P50 10.4, P90 19.0
    assertThat(StepTruth.of(10, 0.5).estimate()).isEqualTo(DurationEstimate.of(4, 4, 26));
    assertThat(StepTruth.of(7, 0).estimate()).isEqualTo(DurationEstimate.of(7, 7, 7));
  }
}
