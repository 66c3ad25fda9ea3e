package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WinLossAnalyzerTest {
  /** Demo (due Wed 3 March), security review (due Wed 17 March), proposal (due Wed 10 March); EUR 250,000. */
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);
  private static final StakeholderId BUYER = StakeholderId.of("buyer-contact");

  @Test
  void twoClosedDealsAndAnOpenOneByHand() {
    // Won: a champion named, every step done on time, closed on 19 March, 18 days after the start on 1 March
    PlanHistory won = new Play(SMALL).done("demo", day(3)).then(PlanChange.grantRole(BUYER, Role.CHAMPION))
        .done("proposal", day(10)).done("security-review", day(17)).closed(CloseReason.VALUE_PROVEN, day(19));
    // Lost: the security review skipped, the proposal two days late, lost to a competitor on 31 March
    PlanHistory lost = new Play(SMALL).done("demo", day(3)).skipped("security-review").done("proposal", day(12))
        .closed(CloseReason.COMPETITOR, day(31));
    PlanHistory open = new Play(SMALL).done("demo", day(3)).open();

    WinLossAnalysis analysis = WinLossAnalyzer.standard().analyze(List.of(won, lost, open));

    assertThat(analysis.deals()).isEqualTo(2);
    assertThat(analysis.won()).isEqualTo(1);
    assertThat(analysis.lost()).isEqualTo(1);
    assertThat(analysis.openSkipped()).isEqualTo(1);
    assertThat(analysis.winRate()).isEqualTo(Proportion.of(1, 2));

    assertThat(analysis.factors()).containsOnlyKeys(WinLossAnalysis.BUILT_IN_FACTORS);
    assertThat(analysis.factors().keySet()).containsExactlyElementsOf(WinLossAnalysis.BUILT_IN_FACTORS);
    assertThat(analysis.factor("template")).containsExactly(entry("small", Proportion.of(1, 2)));
    assertThat(analysis.factor("deal-size")).containsExactly(entry("EUR 100,000–500,000", Proportion.of(1, 2)));
    assertThat(analysis.factor("champion"))
        .containsExactly(entry("no", Proportion.of(0, 1)), entry("yes", Proportion.of(1, 1)));
    assertThat(analysis.factor("economic-buyer")).containsExactly(entry("no", Proportion.of(1, 2)));
    assertThat(analysis.factor("buyer-stakeholders")).containsExactly(entry("1", Proportion.of(1, 2)));

    assertThat(analysis.cycleLengthsWon()).hasToString("n=1, P10 18, P25 18, P50 18, P75 18, P90 18 days");
    assertThat(analysis.cycleLengthsLost().median()).isEqualTo(30);

    assertThat(analysis.steps()).extracting(StepWinLoss::step).containsExactly("demo", "proposal", "security-review");
    StepWinLoss proposal = analysis.step("proposal").orElseThrow();
    assertThat(proposal.whenDone()).isEqualTo(Proportion.of(1, 2));
    assertThat(proposal.whenLate()).isEqualTo(Proportion.of(0, 1));
    StepWinLoss review = analysis.step("security-review").orElseThrow();
    assertThat(review.whenDone()).isEqualTo(Proportion.of(1, 1));
    assertThat(review.whenSkipped()).isEqualTo(Proportion.of(0, 1));
    assertThat(review).hasToString("security-review: won 100.0 % done (n=1), 0.0 % skipped (n=1)");

    // the small template has no milestones: no stage reached
    assertThat(analysis.lossesByStage()).containsExactly(entry("none", Map.of("competitor", 1)));
  }

  @Test
  void aLostDealReachedTheLastMilestoneWhoseStepsAreAllClosedAndOneDone() {
    // milestones in order: demo-completed (clinical-demo), reviews-passed (value-analysis), contract-signed
    // (contract-signature), go-live (clinical-go-live)
    MutualActionPlan hospital = Deals.hospitalPlan();
    List<PlanHistory> deals = List.of(
        new Play(hospital).done("clinical-demo", day(10)).closed(CloseReason.BUDGET, day(20)),
        new Play(hospital).done("clinical-demo", day(10)).skipped("value-analysis")
            .done("contract-signature", day(15)).closed(CloseReason.COMPETITOR, day(20)),
        new Play(hospital).skipped("clinical-demo").closed(CloseReason.lost("incumbent-renewed"), day(20)),
        new Play(hospital).closed(CloseReason.LOST_OTHER, day(20)),
        new Play(hospital).done("clinical-demo", day(10)).closed(CloseReason.COMPETITOR, day(20)),
        new Play(hospital).done("clinical-demo", day(10)).closed(CloseReason.VALUE_PROVEN, day(20)));

    WinLossAnalysis analysis = WinLossAnalyzer.standard().analyze(deals);

    // stages in the plan's order, "none" first; reasons in the taxonomy's order, a team's own next, "other" last
    assertThat(analysis.lossesByStage()).containsExactly(
        entry("none", Map.of("incumbent-renewed", 1, "other", 1)),
        entry("demo-completed", Map.of("competitor", 1, "budget", 1)),
        entry("contract-signed", Map.of("competitor", 1)));
    assertThat(analysis.lossesByStage().get("demo-completed").keySet()).containsExactly("competitor", "budget");
    assertThat(analysis.lossesByStage().get("none").keySet()).containsExactly("incumbent-renewed", "other");
    assertThat(analysis.lossesByReason()).containsExactly(entry("competitor", 2), entry("budget", 1),
        entry("incumbent-renewed", 1), entry("other", 1));
    assertThat(analysis.factor("template")).containsExactly(entry("healthcare-provider", Proportion.of(1, 6)));
  }

  @Test
  void theCallersFactorsAreLookedUpByPlanAndDealsFallInTheBandOfTheirOwnCurrency() {
    // the plan does not record the customer's segment: the caller does, here by the plan's id
    Map<PlanId, String> segmentOf = Map.of(PlanId.of("clinic"), "mid-market", PlanId.of("hospital"), "enterprise");
    SyntheticTruth truth = SyntheticTruth.of(0.4, StepTruth.of(3, 0.3));
    List<PlanHistory> deals = new ArrayList<>();
    deals.addAll(SyntheticDeals.of(deal(SMALL, "clinic", "40000", "EUR"), truth).deals(30, 1L));
    deals.addAll(SyntheticDeals.of(deal(SMALL, "hospital", "250000", "EUR"), truth).deals(20, 2L));
    deals.addAll(SyntheticDeals.of(deal(SMALL, "lab", "700000", "USD"), truth).deals(10, 3L));

    WinLossAnalysis analysis = WinLossAnalyzer.standard()
        .withFactor("segment", plan -> Optional.ofNullable(segmentOf.get(plan.id())))
        .withFactor("region", plan -> Optional.of(plan.zone().getId()))
        .analyze(deals);

    assertThat(analysis.factors().keySet()).containsExactly("template", "deal-size", "champion", "economic-buyer",
        "buyer-stakeholders", "segment", "region");
    assertThat(analysis.factor("segment").keySet()).containsExactly("enterprise", "mid-market", "unknown");
    assertThat(analysis.factor("segment").values()).extracting(Proportion::trials).containsExactly(20, 30, 10);
    assertThat(analysis.factor("region").keySet()).containsExactly("Europe/Berlin");
    // by currency, then from the smallest band up; no conversion: USD 700,000 is in a USD band
    assertThat(analysis.factor("deal-size").keySet())
        .containsExactly("EUR 25,000–100,000", "EUR 100,000–500,000", "USD ≥ 500,000");
    assertThat(analysis.factor("deal-size").values()).extracting(Proportion::trials).containsExactly(30, 20, 10);
  }

  @Test
  void dealSizeBandsHoldTheirLowerBoundAndAreLabelledWithTheCurrency() {
    SyntheticTruth truth = SyntheticTruth.of(1, StepTruth.of(3, 0));
    List<PlanHistory> deals = new ArrayList<>();
    for (String amount : List.of("100", "2500.5", "9999.99", "10000", "1000000")) {
      deals.add(SyntheticDeals.of(deal(SMALL, "d" + deals.size(), amount, "CHF"), truth).deal(1L));
    }

    WinLossAnalyzer analyzer = WinLossAnalyzer.standard().withDealSizeBands(new BigDecimal("2500.5"),
        new BigDecimal("10000"));

    assertThat(analyzer.dealSizeBands()).containsExactly(new BigDecimal("2500.5"), new BigDecimal("10000"));
    assertThat(analyzer.analyze(deals).factor("deal-size")).containsExactly(
        entry("CHF < 2,500.5", Proportion.of(1, 1)),
        entry("CHF 2,500.5–10,000", Proportion.of(2, 2)),
        entry("CHF ≥ 10,000", Proportion.of(2, 2)));
    assertThat(WinLossAnalyzer.standard().dealSizeBands())
        .containsExactly(new BigDecimal("25000"), new BigDecimal("100000"), new BigDecimal("500000"));
  }

  @Test
  void aClassifierThatGivesNoLevelCountsAsUnknownAndOneThatFailsNamesThePlan() {
    List<PlanHistory> deals = SyntheticDeals.of(deal(SMALL, "acme-1", "1000", "EUR"),
        SyntheticTruth.of(0.5, StepTruth.of(2, 0))).deals(3, 1L);

    assertThat(WinLossAnalyzer.standard().withFactor("industry", plan -> Optional.empty()).analyze(deals)
        .factor("industry")).containsOnlyKeys("unknown");
    IllegalArgumentException cause = new IllegalArgumentException("no such account");
    assertThatThrownBy(() -> WinLossAnalyzer.standard().withFactor("industry", plan -> {
      throw cause;
    }).analyze(deals)).isInstanceOf(IllegalStateException.class).hasCause(cause)
        .hasMessage("factor industry: the classifier failed on plan acme-1: "
            + "java.lang.IllegalArgumentException: no such account");
    assertThatThrownBy(() -> WinLossAnalyzer.standard().withFactor("industry", plan -> Optional.of(" "))
        .analyze(deals)).hasMessage("factor industry: the classifier returned a blank level for plan acme-1");
    assertThatThrownBy(() -> WinLossAnalyzer.standard().withFactor("industry", plan -> null).analyze(deals))
        .hasMessage("factor industry: the classifier returned null for plan acme-1; return Optional.empty() when"
            + " the plan has no level");
  }

  @Test
  void cycleLengthsHaveNearestRankPercentilesAndAHistogram() {
    CycleLengths lengths = CycleLengths.of(new int[] {30, 3, 14, 0, 45, 7, 21, 60, 10, 90, 99}, 10); // not 99

    assertThat(lengths.count()).isEqualTo(10);
    // sorted: 0 3 7 10 14 21 30 45 60 90; the p-th is the ceil(p * 10 / 100)-th
    assertThat(lengths.min()).isZero();
    assertThat(lengths.p10()).isEqualTo(0);
    assertThat(lengths.p25()).isEqualTo(7);
    assertThat(lengths.median()).isEqualTo(14);
    assertThat(lengths.p75()).isEqualTo(45);
    assertThat(lengths.p90()).isEqualTo(60);
    assertThat(lengths.max()).isEqualTo(90);
    assertThat(lengths.histogram(30)).containsExactly(6, 2, 1, 1); // 0-29, 30-59, 60-89, 90-119
    assertThat(lengths.histogram(100)).containsExactly(10);
    CycleLengths none = CycleLengths.of(new int[0], 0);
    assertThat(none.histogram(7)).isEmpty();
    assertThat(none).hasToString("n=0");
    assertThatThrownBy(none::median).isInstanceOf(IllegalStateException.class)
        .hasMessage("cycle lengths: there are no deals, so no percentile 50");
    assertThatThrownBy(() -> lengths.histogram(0)).hasMessage("binDays: must be at least 1, was 0");
    assertThatThrownBy(() -> lengths.percentile(101)).hasMessage("p: must be 0 to 100, was 101");
  }

  @Test
  void noDealsGiveAnEmptyAnalysis() {
    WinLossAnalysis none = WinLossAnalyzer.standard().analyze(List.of(PlanHistory.of(SMALL)));

    assertThat(none.deals()).isZero();
    assertThat(none.openSkipped()).isEqualTo(1);
    assertThat(none.winRate().rate()).isNaN();
    assertThat(none.factors().values()).allMatch(Map::isEmpty);
    assertThat(none.cycleLengthsWon().isEmpty()).isTrue();
    assertThat(none.steps()).isEmpty();
    assertThat(none.lossesByStage()).isEmpty();
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    WinLossAnalyzer analyzer = WinLossAnalyzer.standard().withFactor("segment", plan -> Optional.empty());

    assertThatThrownBy(() -> analyzer.withFactor("champion", plan -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: \"champion\" is a built-in factor; the built-in factors are [template, deal-size, champion,"
            + " economic-buyer, buyer-stakeholders]");
    assertThatThrownBy(() -> analyzer.withFactor("segment", plan -> Optional.empty()))
        .hasMessage("name: \"segment\" is already a factor of this analyzer");
    assertThatThrownBy(() -> analyzer.withFactor("Segment", plan -> Optional.empty()))
        .hasMessageStartingWith("name: must be a lower-case key (").hasMessageEndingWith("), was \"Segment\"");
    assertThatThrownBy(() -> analyzer.withFactor("", plan -> Optional.empty()))
        .hasMessageEndingWith("was \"\"");
    assertThatThrownBy(() -> analyzer.withFactor("size", null)).hasMessage("classifier");
    assertThatThrownBy(() -> analyzer.withDealSizeBands(new BigDecimal("100"), new BigDecimal("100")))
        .hasMessage("upperBounds[1]: must be greater than upperBounds[0] (100), was 100");
    assertThatThrownBy(() -> analyzer.withDealSizeBands(new BigDecimal("-5")))
        .hasMessage("upperBounds[0]: must be positive, was -5");
    assertThatThrownBy(() -> analyzer.withDealSizeBands(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("upperBounds[1]");
    assertThatThrownBy(() -> analyzer.withDealSizeBands())
        .hasMessage("upperBounds: must have at least one bound, was none");
    PlanHistory deal = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.5, StepTruth.of(2, 0))).deal(1L);
    assertThatThrownBy(() -> analyzer.analyze(Arrays.asList(deal, deal, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("histories[2]");
    assertThatThrownBy(() -> analyzer.analyze(Arrays.asList(null, deal).stream()))
        .isInstanceOf(NullPointerException.class).hasMessage("histories[0]");
    assertThatThrownBy(() -> analyzer.analyze(List.of(deal)).factor("industry"))
        .hasMessage("name: no factor \"industry\"; the factors are [template, deal-size,"
            + " champion, economic-buyer, buyer-stakeholders, segment]");
  }

  private static LocalDate day(int march) {
    return LocalDate.of(2027, 3, march);
  }

  /** The plan with another id and deal value. */
  static MutualActionPlan deal(MutualActionPlan plan, String id, String amount, String currency) {
    return plan.withId(PlanId.of(id)).withDeal(Deal.of(id, Money.of(amount, currency)));
  }
}
