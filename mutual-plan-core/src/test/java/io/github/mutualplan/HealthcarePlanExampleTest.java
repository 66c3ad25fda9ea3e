package io.github.mutualplan;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.PAT_COUNSEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeds' healthcare scenario, by example: a large provider evaluates a claims automation product, with
 * many departments, compliance checks and a long timeline. The plan is built in {@link SamplePlans}.
 */
class HealthcarePlanExampleTest {
  @Test
  void aHealthcarePlanNamesEightStakeholdersAndAHipaaCriterion() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();

    assertThat(plan.stakeholders()).hasSize(8);
    assertThat(plan.kind()).isEqualTo(PlanKind.CLOSING_PLAN);
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    DecisionCriterion hipaa = plan.decisionCriterion(DecisionCriterionId.of("hipaa")).orElseThrow();
    assertThat(hipaa.category()).isEqualTo(CriterionCategory.COMPLIANCE);
    assertThat(hipaa.owner()).contains(LEE_CISO);
    assertThat(hipaa.standing()).isEqualTo(Standing.UNKNOWN);
    assertThat(plan.closingMilestone().map(Milestone::id)).contains(MilestoneId.of("contract-signed"));
    assertThat(plan.customerPledges().stream().map(c -> c.id().key()).collect(Collectors.toList()))
        .containsExactly("security-risk-assessment", "baa-review", "budget-approval", "vendor-registration",
            "contract-signature");
    assertThat(plan.commitment(CommitmentId.of("baa-review")).flatMap(Commitment::accountable))
        .contains(PAT_COUNSEL);
  }

  @Test
  void aPlanMissingItsEconomicBuyerCannotBecomeShared() {
    MutualActionPlan closingPlan = SamplePlans.healthcareClosingPlan().buyerCoOwner(MARIA_OPS).build();

    PlanValidationException refused = catchThrowableOfType(PlanValidationException.class,
        () -> MutualActionPlan.builder().from(closingPlan)
            .kind(PlanKind.MUTUAL_ACTION_PLAN).status(PlanStatus.SHARED).build());

    assertThat(refused.violations()).containsExactly(Violation.of(PlanRule.SHARING_GATE, "stakeholders",
        "a mutual action plan needs a BUYER-side stakeholder with the role economic-buyer"));
    assertThat(refused).hasMessageContaining("economic-buyer");
  }

  @Test
  void onceTheCfoIsKnownAsEconomicBuyerThePlanCanBeShared() {
    MutualActionPlan.Builder builder = SamplePlans.healthcareClosingPlan().buyerCoOwner(MARIA_OPS);
    MutualActionPlan closingPlan = builder.build();
    Stakeholder dana = closingPlan.stakeholder(DANA_CFO).orElseThrow();

    MutualActionPlan shared = MutualActionPlan.builder().from(closingPlan)
        .stakeholders(closingPlan.stakeholders().stream()
            .map(s -> s.equals(dana) ? dana.withRoles(Role.DECISION_MAKER, Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .build();

    assertThat(shared.owners()).containsExactly(ALEX_AE, MARIA_OPS);
    assertThat(shared.stakeholdersWith(Role.ECONOMIC_BUYER)).extracting(Stakeholder::id).containsExactly(DANA_CFO);
  }

  @Test
  void anAgreedPlanCarriesSignOffsOfBothOwnersThatAreNotStale() {
    MutualActionPlan shared = MutualActionPlan.builder().from(SamplePlans.healthcareClosingPlan().buyerCoOwner(MARIA_OPS).build())
        .stakeholders(SamplePlans.healthcareClosingPlan().build().stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .version(5)
        .build();
    Instant monday = Instant.parse("2027-02-01T15:00:00Z");
    SignOff alex = SignOff.of(ALEX_AE, monday, 4);
    SignOff maria = SignOff.of(MARIA_OPS, monday.plusSeconds(3600), 4);

    MutualActionPlan agreed = MutualActionPlan.builder().from(shared)
        .addSignOffs(alex, maria).status(PlanStatus.AGREED).build();
    assertThat(agreed.isSignedOffBy(ALEX_AE)).isTrue();
    assertThat(agreed.isSignedOffBy(MARIA_OPS)).isTrue();

    // A material change made both sign-offs stale: the plan cannot stay agreed, only shared.
    MutualActionPlan.Builder staleButAgreed = MutualActionPlan.builder().from(agreed)
        .signOffs(java.util.List.of(alex.withStale(true), maria.withStale(true)));
    PlanValidationException refused = catchThrowableOfType(PlanValidationException.class, staleButAgreed::build);
    assertThat(refused.violations()).extracting(Violation::toString).containsExactly(
        "signOffs: an AGREED plan needs a sign-off by the owner 'alex-kim' that is not stale",
        "signOffs: an AGREED plan needs a sign-off by the owner 'maria-lopez' that is not stale");

    MutualActionPlan sharedAgain = staleButAgreed.status(PlanStatus.SHARED).build();
    assertThat(sharedAgain.isSignedOffBy(ALEX_AE)).isFalse();
    assertThat(sharedAgain.signOffs()).extracting(SignOff::version).containsExactly(4L, 4L);
  }
}
