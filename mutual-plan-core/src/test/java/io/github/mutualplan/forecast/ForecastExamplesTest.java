package io.github.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.testing.SamplePlans;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The forecast by example: the seeds' healthcare deal, whose HIPAA security review is the big unknown. */
class ForecastExamplesTest {
  static final CommitmentId SECURITY_REVIEW = CommitmentId.of("security-risk-assessment");
  static final CommitmentId QUESTIONNAIRE = CommitmentId.of("security-questionnaire");

  /**
   * The healthcare plan with three-point estimates on the steps nobody can promise: the security review (10, 15
   * or 40 working days) and the BAA review (5, 10, 15). Every day of the chain discovery, questionnaire, review,
   * signature (5 + 10 + 15 + 5 working days) counts: the closing milestone is due 26 February 2027 at the most
   * likely durations, and the target close is a week later.
   */
  static MutualActionPlan estimated() {
    Map<CommitmentId, DurationEstimate> estimates = Map.of(
        SECURITY_REVIEW, DurationEstimate.of(10, 15, 40),
        CommitmentId.of("baa-review"), DurationEstimate.of(5, 10, 15));
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().targetClose(LocalDate.of(2027, 3, 5)).build();
    return plan.withCommitments(plan.commitments().stream()
        .map(c -> estimates.containsKey(c.id()) ? c.withEstimate(estimates.get(c.id())) : c)
        .collect(Collectors.toList()));
  }

  @Test
  void theSecurityReviewDecidesWhenTheHealthcareDealCloses() {
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(estimated());

    assertThat(forecast.trials()).isEqualTo(10_000);
    // The long tail of the review (up to 40 days) makes the target a coin toss at best.
    assertThat(forecast.probabilityByTarget()).isStrictlyBetween(0.2, 0.8);
    assertThat(forecast.p50()).isBetween(LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 12));
    assertThat(forecast.p95()).isAfter(forecast.targetClose());
    // The review lies on the only path that matters; the BAA review, even at 15 days, never does.
    assertThat(forecast.criticality().get(SECURITY_REVIEW)).isEqualTo(1.0);
    assertThat(forecast.criticality().get(CommitmentId.of("baa-review"))).isZero();
    assertThat(forecast.criticality().get(CommitmentId.of("vendor-registration"))).isZero();
    assertThat(forecast.expectedSlipDays()).isPositive();
  }

  @Test
  void aSlipBeforeTheReviewMovesEveryPercentileAndLowersTheOdds() {
    MutualActionPlan plan = estimated();
    // The questionnaire takes a working week longer than planned.
    MutualActionPlan slipped = plan.withCommitments(plan.commitments().stream()
        .map(c -> c.id().equals(QUESTIONNAIRE) ? c.withDurationDays(15) : c).collect(Collectors.toList()));
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults());

    CloseForecast before = forecaster.forecast(plan);
    CloseForecast after = forecaster.forecast(slipped);

    assertThat(after.probabilityByTarget()).isLessThan(before.probabilityByTarget());
    // Same seed, same draws: every trial's close moves by exactly five working days, a calendar week.
    assertThat(after.p50()).isEqualTo(before.p50().plusWeeks(1));
    assertThat(after.p80()).isEqualTo(before.p80().plusWeeks(1));
    assertThat(after.p95()).isEqualTo(before.p95().plusWeeks(1));
    assertThat(after.expectedSlipDays()).isCloseTo(before.expectedSlipDays() + 5, within(2.5));
  }

  @Test
  void withoutEstimatesTheForecastIsTheSchedule() {
    MutualActionPlan fixed = SamplePlans.healthcareClosingPlan().build();
    assertThat(fixed.commitments()).allSatisfy(c -> assertThat(c.estimate()).isEmpty());

    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults().withTrials(1_000)).forecast(fixed);

    assertThat(forecast.closeDays()).containsOnlyKeys(LocalDate.of(2027, 2, 26));
    assertThat(forecast.probabilityByTarget()).isEqualTo(1.0);
  }
}
