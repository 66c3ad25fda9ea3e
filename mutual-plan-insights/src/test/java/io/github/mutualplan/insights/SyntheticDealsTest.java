package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticDealsTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);
  private static final SyntheticTruth TRUTH = SyntheticTruth.of(0.2, StepTruth.of(4, 0.5))
      .withStep("security-review", StepTruth.of(12, 0.6).withSkipRate(0.3).withWinEffect(0.5));

  @Test
  void everyDealIsAClosedHistoryThatReplaysToItself() {
    MutualActionPlan hospital = Deals.hospitalPlan();
    SyntheticDeals deals = SyntheticDeals.of(hospital, SyntheticTruth.of(0.4, StepTruth.of(6, 0.7)
        .withSkipRate(0.15).withWinEffect(0.02)));

    Schedule planned = Scheduler.of(ScheduleOptions.defaults()).schedule(hospital);
    for (PlanHistory deal : deals.deals(30, 7L)) {
      assertThat(deal.current().status()).isIn(PlanStatus.CLOSED_WON, PlanStatus.CLOSED_LOST);
      assertThat(deal.current().closure()).isPresent();
      // What the close waits for is done or skipped; what comes after it (the onboarding) is still open.
      for (Commitment c : deal.current().commitments()) {
        boolean beforeTheClose = planned.commitment(c.id()).orElseThrow().leadsToClose();
        assertThat(c.status()).as("%s", c.id()).isIn(beforeTheClose
            ? List.of(CommitmentStatus.DONE, CommitmentStatus.CANCELLED) : List.of(CommitmentStatus.OPEN));
      }
      assertThat(PlanHistory.replay(deal.first(), deal.events())).isEqualTo(deal);
    }
    assertThat(planned.commitments()).filteredOn(c -> !c.leadsToClose()).extracting(c -> c.id().key())
        .contains("implementation-kickoff");
  }

  @Test
  void theSameSeedGivesTheSameDealsAndAnotherSeedOthers() {
    SyntheticDeals deals = SyntheticDeals.of(SMALL, TRUTH);

    assertThat(deals.deals(20, 1L)).isEqualTo(deals.deals(20, 1L));
    assertThat(deals.deals(20, 1L)).isNotEqualTo(deals.deals(20, 2L));
    assertThat(deals.deal(5L)).isEqualTo(deals.deal(5L));
  }

  @Test
  void aStepStartsTheWorkingDayAfterWhatItWaitsForAndTakesItsDrawnDays() {
    // spread 0: every step takes its median, never skipped
    SyntheticDeals deals = SyntheticDeals.of(SMALL, SyntheticTruth.of(1, StepTruth.of(3, 0))
        .withStep("security-review", StepTruth.of(10, 0)));
    MutualActionPlan closed = deals.deal(1L).current();

    // Mon 1 March 2027: the demo takes Mon-Wed; the review Thu 4 to Wed 17; the proposal Thu 4 to Mon 8
    assertThat(completed(closed, "demo")).isEqualTo(LocalDate.of(2027, 3, 3));
    assertThat(completed(closed, "security-review")).isEqualTo(LocalDate.of(2027, 3, 17));
    assertThat(completed(closed, "proposal")).isEqualTo(LocalDate.of(2027, 3, 8));
    assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED_WON);
    assertThat(closed.closure().orElseThrow().closedAt()).isEqualTo(Instant.parse("2027-03-17T17:00:00Z"));
  }

  @Test
  void durationsSkipsAndWinsFollowTheTruth() {
    List<PlanHistory> deals = SyntheticDeals.of(SMALL, TRUTH).deals(2000, 11L);

    List<MutualActionPlan> reviewed = deals.stream().map(PlanHistory::current)
        .filter(p -> status(p, "security-review") == CommitmentStatus.DONE).collect(Collectors.toList());
    List<MutualActionPlan> skipped = deals.stream().map(PlanHistory::current)
        .filter(p -> status(p, "security-review") == CommitmentStatus.CANCELLED).collect(Collectors.toList());
    // skip rate 0.3: the standard error over 2000 deals is about 0.01
    assertThat(skipped.size() / 2000.0).isBetween(0.26, 0.34);
    // win 0.2 + 0.5 when reviewed, 0.2 otherwise: standard errors about 0.013 and 0.017
    assertThat(winRate(reviewed)).isBetween(0.65, 0.75);
    assertThat(winRate(skipped)).isBetween(0.13, 0.27);
    // the median of the review's working days is 12
    int[] days = reviewed.stream().mapToInt(p -> workingDays(p, "security-review")).sorted().toArray();
    assertThat(days[days.length / 2]).isEqualTo(12);
    // P90 of a log-normal with median 12 and sigma 0.6: 12 * exp(1.2816 * 0.6) = 25.9
    assertThat(days[(int) (days.length * 0.9)]).isBetween(24, 28);
  }

  @Test
  void dealsAreClosedWithReasonsDrawnByTheirWeights() {
    SyntheticTruth truth = SyntheticTruth.of(0.3, StepTruth.of(2, 0))
        .withLossReasons(Map.of(CloseReason.COMPETITOR, 3.0, CloseReason.BUDGET, 1.0, CloseReason.TIMING, 0.0))
        .withWinReasons(Map.of(CloseReason.VALUE_PROVEN, 1.0));
    List<MutualActionPlan> deals = SyntheticDeals.of(SMALL, truth).deals(2000, 5L).stream()
        .map(PlanHistory::current).collect(Collectors.toList());

    Map<CloseReason, Long> lost = deals.stream().filter(p -> p.status() == PlanStatus.CLOSED_LOST)
        .collect(Collectors.groupingBy(p -> p.closure().orElseThrow().reason(), Collectors.counting()));
    long lostDeals = lost.values().stream().mapToLong(Long::longValue).sum();
    // 3 to 1 over about 1400 lost deals: the share of competitor is 0.75 with a standard error of about 0.012
    assertThat(lost).containsOnlyKeys(CloseReason.COMPETITOR, CloseReason.BUDGET); // a weight of 0 is never drawn
    assertThat(lost.get(CloseReason.COMPETITOR) / (double) lostDeals).isBetween(0.70, 0.80);
    assertThat(deals.stream().filter(p -> p.status() == PlanStatus.CLOSED_WON)
        .map(p -> p.closure().orElseThrow().reason())).containsOnly(CloseReason.VALUE_PROVEN);
    // unless set, the reason 'other' of the outcome
    assertThat(SyntheticTruth.of(0.5, StepTruth.of(2, 0)).lossReasons()).containsOnlyKeys(CloseReason.LOST_OTHER);
    assertThat(SyntheticDeals.of(SMALL, TRUTH).deals(20, 1L)).extracting(d -> d.current().closure().orElseThrow()
        .reason()).containsOnly(CloseReason.WON_OTHER, CloseReason.LOST_OTHER);
    // the same weights in another map's order draw the same reasons
    Map<CloseReason, Double> weights = new LinkedHashMap<>();
    weights.put(CloseReason.TIMING, 0.0);
    weights.put(CloseReason.BUDGET, 1.0);
    weights.put(CloseReason.COMPETITOR, 3.0);
    assertThat(SyntheticDeals.of(SMALL, truth.withLossReasons(weights)).deals(50, 5L))
        .isEqualTo(SyntheticDeals.of(SMALL, truth).deals(50, 5L));
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    SyntheticTruth base = SyntheticTruth.of(0.5, StepTruth.of(2, 0));
    assertThatThrownBy(() -> base.withLossReasons(Map.of(CloseReason.BEST_FIT, 1.0)))
        .hasMessage("lossReasons[best-fit]: must be a reason to lose, was best-fit (CLOSED_WON)");
    assertThatThrownBy(() -> base.withWinReasons(Map.of(CloseReason.BUDGET, 1.0)))
        .hasMessage("winReasons[budget]: must be a reason to win, was budget (CLOSED_LOST)");
    assertThatThrownBy(() -> base.withLossReasons(Map.of(CloseReason.BUDGET, -1.0)))
        .hasMessage("lossReasons[budget]: the weight must be finite and at least 0, was -1.0");
    assertThatThrownBy(() -> base.withLossReasons(Map.of(CloseReason.BUDGET, Double.POSITIVE_INFINITY)))
        .hasMessage("lossReasons[budget]: the weight must be finite and at least 0, was Infinity");
    assertThatThrownBy(() -> base.withLossReasons(Map.of(CloseReason.BUDGET, 0.0)))
        .hasMessage("lossReasons: the weights must not all be 0, were [0.0]");
    assertThatThrownBy(() -> base.withLossReasons(Map.of()))
        .hasMessage("lossReasons: must name at least one reason, was empty");
    assertThatThrownBy(() -> StepTruth.of(0, 0.5)).hasMessage("medianDays: must be 1 to 2610, was 0");
    assertThatThrownBy(() -> StepTruth.of(5, -1)).hasMessageStartingWith("spread: must be 0 to 3");
    assertThatThrownBy(() -> StepTruth.of(5, 1).withSkipRate(1.5)).hasMessage("skipRate: must be 0 to 1, was 1.5");
    assertThatThrownBy(() -> StepTruth.of(5, 1).withWinEffect(Double.NaN))
        .hasMessage("winEffect: must be -1 to 1, was NaN");
    assertThatThrownBy(() -> SyntheticTruth.of(2, StepTruth.of(5, 1)))
        .hasMessage("baseWinProbability: must be 0 to 1, was 2.0");
    assertThatThrownBy(() -> SyntheticDeals.of(SMALL, TRUTH).deals(-1, 1L))
        .hasMessage("count: must be at least 0, was -1");
    MutualActionPlan started = PlanEditor.standard().apply(SMALL,
        PlanChange.startCommitment(CommitmentId.of("demo")), Deals.AE.id(), Instant.EPOCH).plan();
    assertThatThrownBy(() -> SyntheticDeals.of(started, TRUTH))
        .hasMessage("plan.commitments[demo].status: must be OPEN, was IN_PROGRESS");
  }

  static CommitmentStatus status(MutualActionPlan plan, String step) {
    return plan.commitment(CommitmentId.of(step)).orElseThrow().status();
  }

  static LocalDate completed(MutualActionPlan plan, String step) {
    return plan.commitment(CommitmentId.of(step)).orElseThrow().completedOn().orElseThrow();
  }

  /** Weekdays from the working day after the demo to the step's completion, both counted. */
  static int workingDays(MutualActionPlan plan, String step) {
    LocalDate from = completed(plan, "demo").plusDays(1);
    return (int) from.datesUntil(completed(plan, step).plusDays(1))
        .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
  }

  static double winRate(List<MutualActionPlan> plans) {
    return plans.stream().filter(p -> p.status() == PlanStatus.CLOSED_WON).count() / (double) plans.size();
  }
}
