package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.JO_CS;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Measurement;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Role;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Violation;
import io.github.mutualplan.testing.SamplePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How a plan ends, by example: a reason from the taxonomy (or the team's own) with a note, and, once won, the
 * success metrics measured against their targets.
 */
class OutcomesExamplesTest {
  static final Instant CLOSED = Instant.parse("2027-06-28T16:00:00Z");
  final PlanEditor editor = PlanEditor.standard();

  PlanHistory sharedPlan() {
    PlanHistory history = PlanHistory.of(SamplePlans.healthcareClosingPlan().build());
    history = editor.apply(history, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE,
        CLOSED.minusSeconds(7200));
    return editor.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, CLOSED.minusSeconds(3600));
  }

  PlanHistory won() {
    return editor.apply(sharedPlan(), PlanChange.closeWon(CloseReason.VALUE_PROVEN, "The pilot cut turnaround"),
        ALEX_AE, CLOSED);
  }

  SuccessMetricId metric() {
    return sharedPlan().current().successMetrics().get(0).id();
  }

  @Test
  void aClosureRecordsAReasonOfTheTaxonomyAndTheTeamsOwnWords() {
    PlanHistory lost = editor.apply(sharedPlan(), PlanChange.closeLost(CloseReason.COMPETITOR, "Chose Acme"),
        MARIA_OPS, CLOSED);

    assertThat(lost.current().closure().orElseThrow().reason()).isEqualTo(CloseReason.COMPETITOR);
    assertThat(lost.current().closure().orElseThrow().note()).contains("Chose Acme");
    assertThat(CloseReason.builtIn()).filteredOn(CloseReason::isWin).extracting(CloseReason::key)
        .containsExactly("value-proven", "best-fit", "relationship", "price-terms", "other");
    assertThat(CloseReason.builtIn()).filteredOn(r -> !r.isWin()).extracting(CloseReason::key).containsExactly(
        "no-decision", "competitor", "budget", "timing", "product-gap", "champion-left", "other");
  }

  @Test
  void aTeamAddsItsOwnReasonsAndOtherIsOnePerOutcome() {
    CloseReason incumbent = CloseReason.lost("incumbent-renewed");

    assertThat(incumbent.outcome()).isEqualTo(PlanStatus.CLOSED_LOST);
    assertThat(CloseReason.lost("competitor")).isEqualTo(CloseReason.COMPETITOR);
    assertThat(CloseReason.other(PlanStatus.CLOSED_WON)).isEqualTo(CloseReason.WON_OTHER)
        .isNotEqualTo(CloseReason.LOST_OTHER);
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> CloseReason.won("Great Fit")).violations())
        .extracting(Violation::rule, Violation::path).containsExactly(tuple(PlanRule.VALID_VALUES, "key"));
  }

  @Test
  void aPlanClosesWonOnlyForAReasonToWin() {
    PlanValidationException wrong = catchThrowableOfType(PlanValidationException.class,
        () -> PlanChange.closeWon(CloseReason.BUDGET));

    assertThat(wrong.violations()).containsExactly(Violation.of(PlanRule.CLOSE_REASON, "reason",
        "closing CLOSED_WON takes a reason to win; 'budget' is one to lose"));
  }

  @Test
  void aWonPlanRecordsMeasurementsAfterTheCloseInOrder() {
    PlanHistory won = won();
    won = editor.apply(won, PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 12, 31), new BigDecimal("7")),
        JO_CS, CLOSED.plusSeconds(86_400 * 190));
    won = editor.apply(won, PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 9, 30), new BigDecimal("9")),
        ALEX_AE, CLOSED.plusSeconds(86_400 * 200));

    SuccessMetric measured = won.current().successMetrics().get(0);
    assertThat(won.current().status()).isEqualTo(PlanStatus.CLOSED_WON);
    assertThat(measured.measurements()).extracting(Measurement::on)
        .containsExactly(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31));
    assertThat(measured.latest()).contains(Measurement.of(LocalDate.of(2027, 12, 31), new BigDecimal("7")));
  }

  @Test
  void aMeasurementIsRefusedBeforeTheCloseOnADayMeasuredAlreadyOrOnAPlanNotWon() {
    PlanHistory won = editor.apply(won(), PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 9, 30),
        BigDecimal.ONE), ALEX_AE, CLOSED.plusSeconds(86_400));

    assertThat(catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(won,
        PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 9, 30), BigDecimal.TEN), ALEX_AE,
        CLOSED.plusSeconds(2 * 86_400))).reasons())
        .containsExactly("'" + metric() + "' has a measurement on 2027-09-30 already");
    assertThat(catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(won,
        PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 6, 1), BigDecimal.TEN), ALEX_AE,
        CLOSED.plusSeconds(2 * 86_400))).violations()).extracting(Violation::rule)
        .containsExactly(PlanRule.DATE_ORDER);
    assertThat(catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(sharedPlan(),
        PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 9, 30), BigDecimal.TEN), ALEX_AE,
        CLOSED)).reasons())
        .containsExactly("measurements are recorded on a CLOSED_WON plan; this one is SHARED");
  }

  @Test
  void onlyTheSellersSideRecordsMeasurements() {
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class, () -> editor.apply(won(),
        PlanChange.recordMeasurement(metric(), LocalDate.of(2027, 9, 30), BigDecimal.TEN), MARIA_OPS,
        CLOSED.plusSeconds(86_400))).reasons()).singleElement().asString().startsWith("only the SELLER side");
  }

  @Test
  void aMetricIsAttainedWhenItsLatestMeasurementReachesTheTargetInTheDirectionFromTheBaseline() {
    SuccessMetric turnaround = SuccessMetric.builder().id(SuccessMetricId.of("turnaround")).name("Turnaround")
        .unit("days").baseline(new BigDecimal("14")).target(new BigDecimal("5"))
        .measuredBy(LocalDate.of(2027, 12, 31)).build();
    Measurement six = Measurement.of(LocalDate.of(2027, 9, 30), new BigDecimal("6"));
    Measurement five = Measurement.of(LocalDate.of(2027, 12, 31), new BigDecimal("5"));

    assertThat(turnaround.attained()).isFalse();
    assertThat(turnaround.withMeasurements(java.util.List.of(six)).attained()).isFalse();
    assertThat(turnaround.withMeasurements(java.util.List.of(six, five)).attained()).isTrue();
    SuccessMetric roi = turnaround.withBaseline(BigDecimal.ZERO).withTarget(new BigDecimal("120"))
        .withMeasurements(java.util.List.of(Measurement.of(LocalDate.of(2027, 12, 31), new BigDecimal("130"))));
    assertThat(roi.attained()).isTrue();
    assertThat(roi.withTarget(java.util.Optional.empty()).attained()).isFalse();
  }
}
