package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeds' healthcare scenario, by example: a large provider evaluates a claims automation product, with
 * many departments, compliance checks and a long timeline.
 */
class HealthcarePlanExampleTest {
  // The seller's team.
  static final StakeholderId ALEX_AE = StakeholderId.of("alex-kim");
  static final StakeholderId SAM_SE = StakeholderId.of("sam-ortiz");
  static final StakeholderId JO_CS = StakeholderId.of("jo-becker");
  // The buying group at Northwind Health.
  static final StakeholderId MARIA_OPS = StakeholderId.of("maria-lopez");
  static final StakeholderId DANA_CFO = StakeholderId.of("dana-reyes");
  static final StakeholderId LEE_CISO = StakeholderId.of("lee-chen");
  static final StakeholderId PAT_COUNSEL = StakeholderId.of("pat-novak");
  static final StakeholderId ROBIN_PROCUREMENT = StakeholderId.of("robin-shaw");

  static final LocalDate START = LocalDate.of(2027, 1, 11);

  /** The closing plan Alex keeps before the deal is real: who is who, and the steps to the signature. */
  static MutualActionPlan.Builder closingPlan() {
    return MutualActionPlan.builder()
        .id(PlanId.of("northwind-claims-2027"))
        .title("Northwind Health: claims automation")
        .deal(Deal.of("Northwind Health", Money.of("480000", "USD")))
        .sellerOrganization("Acme Software")
        .buyerOrganization("Northwind Health")
        .start(START)
        .targetClose(LocalDate.of(2027, 6, 30))
        .zone(ZoneId.of("America/Chicago"))
        .sellerOwner(ALEX_AE)
        .addStakeholders(
            person(ALEX_AE, Side.SELLER, "Alex Kim", "Account Executive", Role.ACCOUNT_EXECUTIVE),
            person(SAM_SE, Side.SELLER, "Sam Ortiz", "Solutions Engineer", Role.SALES_ENGINEER),
            person(JO_CS, Side.SELLER, "Jo Becker", "Customer Success Manager", Role.CUSTOMER_SUCCESS),
            person(MARIA_OPS, Side.BUYER, "Maria Lopez", "Director of Revenue Cycle", Role.CHAMPION),
            person(DANA_CFO, Side.BUYER, "Dana Reyes", "Chief Financial Officer", Role.DECISION_MAKER),
            person(LEE_CISO, Side.BUYER, "Lee Chen", "Chief Information Security Officer", Role.SECURITY,
                Role.COMPLIANCE),
            person(PAT_COUNSEL, Side.BUYER, "Pat Novak", "Associate General Counsel", Role.LEGAL),
            person(ROBIN_PROCUREMENT, Side.BUYER, "Robin Shaw", "Sourcing Manager", Role.PROCUREMENT))
        .addObjective(Objective.of(ObjectiveId.of("faster-claims"), "Pay clean claims faster"))
        .addSuccessMetric(SuccessMetric.builder()
            .id(SuccessMetricId.of("days-in-ar"))
            .name("Days in accounts receivable")
            .unit("days")
            .baseline(new java.math.BigDecimal("52"))
            .target(new java.math.BigDecimal("38"))
            .measuredBy(LocalDate.of(2028, 1, 31)) // six months after go-live
            .objective(ObjectiveId.of("faster-claims"))
            .build())
        .addDecisionCriteria(
            DecisionCriterion.builder()
                .id(DecisionCriterionId.of("hipaa"))
                .name("HIPAA: safeguards for PHI and a signed business associate agreement")
                .category(CriterionCategory.COMPLIANCE)
                .weight(40)
                .owner(LEE_CISO)
                .build(),
            DecisionCriterion.builder()
                .id(DecisionCriterionId.of("ehr-integration"))
                .name("Integration with the EHR's claims feed")
                .category(CriterionCategory.TECHNICAL)
                .weight(35)
                .owner(MARIA_OPS)
                .standing(Standing.MET)
                .evidence("Proof of concept on test data, 2027-01-29")
                .build(),
            DecisionCriterion.builder()
                .id(DecisionCriterionId.of("three-year-cost"))
                .name("Three-year total cost within budget")
                .category(CriterionCategory.COMMERCIAL)
                .weight(25)
                .owner(DANA_CFO)
                .build())
        .addMilestones(
            milestone("security-approved", "Security and compliance approved", LocalDate.of(2027, 4, 16), false),
            milestone("contract-signed", "Contract signed", LocalDate.of(2027, 6, 30), true),
            milestone("go-live", "First claims processed in production", LocalDate.of(2027, 8, 2), false))
        .addCommitments(
            commitment("discovery", "Discovery workshops with revenue cycle and IT", Side.SELLER, ALEX_AE, 5)
                .build(),
            commitment("security-questionnaire", "Completed security questionnaire", Side.SELLER, SAM_SE, 10)
                .addDependsOn(CommitmentId.of("discovery")).addTag("security").build(),
            commitment("security-risk-assessment", "HIPAA security risk assessment", Side.BUYER, LEE_CISO, 15)
                .addDependsOn(CommitmentId.of("security-questionnaire"))
                .milestone(MilestoneId.of("security-approved")).addTag("compliance").build(),
            commitment("baa-review", "Business associate agreement reviewed", Side.BUYER, PAT_COUNSEL, 10)
                .addDependsOn(CommitmentId.of("discovery"))
                .milestone(MilestoneId.of("security-approved")).addTag("legal").build(),
            commitment("budget-approval", "Budget approved by the finance committee", Side.BUYER, DANA_CFO, 10)
                .addDependsOn(CommitmentId.of("discovery")).addTag("commercial").build(),
            commitment("vendor-registration", "Vendor registered in the sourcing system", Side.BUYER,
                ROBIN_PROCUREMENT, 5).addTag("procurement").build(),
            commitment("contract-signature", "Master agreement and order form signed", Side.BUYER, DANA_CFO, 5)
                .addDependsOn(CommitmentId.of("security-risk-assessment"), CommitmentId.of("baa-review"),
                    CommitmentId.of("budget-approval"), CommitmentId.of("vendor-registration"))
                .milestone(MilestoneId.of("contract-signed")).addTag("legal").build(),
            commitment("onboarding-kickoff", "Onboarding kickoff with the implementation team", Side.SELLER,
                JO_CS, 1)
                .addDependsOn(CommitmentId.of("contract-signature"))
                .milestone(MilestoneId.of("go-live")).addTag("onboarding").build());
  }

  @Test
  void aHealthcarePlanNamesEightStakeholdersAndAHipaaCriterion() {
    MutualActionPlan plan = closingPlan().build();

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
    MutualActionPlan closingPlan = closingPlan().buyerCoOwner(MARIA_OPS).build();

    PlanValidationException refused = catchThrowableOfType(PlanValidationException.class,
        () -> MutualActionPlan.builder().from(closingPlan)
            .kind(PlanKind.MUTUAL_ACTION_PLAN).status(PlanStatus.SHARED).build());

    assertThat(refused.violations()).containsExactly(Violation.of(PlanRule.SHARING_GATE, "stakeholders",
        "a mutual action plan needs a BUYER-side stakeholder with the role economic-buyer"));
    assertThat(refused).hasMessageContaining("economic-buyer");
  }

  @Test
  void onceTheCfoIsKnownAsEconomicBuyerThePlanCanBeShared() {
    MutualActionPlan.Builder builder = closingPlan().buyerCoOwner(MARIA_OPS);
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
  void bothOwnersSignOffAndAMaterialChangeMakesTheirSignOffsStale() {
    MutualActionPlan shared = MutualActionPlan.builder().from(closingPlan().buyerCoOwner(MARIA_OPS).build())
        .stakeholders(closingPlan().build().stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .version(4)
        .materialVersion(4)
        .build();
    Instant monday = Instant.parse("2027-02-01T15:00:00Z");

    MutualActionPlan agreed = shared
        .withSignOffs(SignOff.of(ALEX_AE, monday, 4), SignOff.of(MARIA_OPS, monday.plusSeconds(3600), 4))
        .withVersion(5)
        .withStatus(PlanStatus.AGREED);
    assertThat(agreed.isSignedOffBy(ALEX_AE)).isTrue();
    assertThat(agreed.isSignedOffBy(MARIA_OPS)).isTrue();

    // A material change at version 6: the sign-offs of version 4 no longer hold, so the plan cannot stay agreed.
    PlanValidationException stale = catchThrowableOfType(PlanValidationException.class,
        () -> MutualActionPlan.builder().from(agreed).version(6).materialVersion(6).build());
    assertThat(stale.violations()).extracting(Violation::rule).containsOnly(PlanRule.LIFECYCLE);
    assertThat(stale.violations()).extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("current sign-off by the owner 'alex-kim'"))
        .anySatisfy(m -> assertThat(m).contains("current sign-off by the owner 'maria-lopez'"));

    MutualActionPlan sharedAgain = MutualActionPlan.builder().from(agreed)
        .version(6).materialVersion(6).status(PlanStatus.SHARED).build();
    assertThat(sharedAgain.signOffs()).allSatisfy(s -> assertThat(sharedAgain.isCurrent(s)).isFalse());
  }

  static Stakeholder person(StakeholderId id, Side side, String name, String title, Role... roles) {
    return Stakeholder.builder().id(id).side(side).name(name).title(title).addRoles(roles).build();
  }

  static Milestone milestone(String id, String name, LocalDate date, boolean closing) {
    return Milestone.builder().id(MilestoneId.of(id)).name(name).targetDate(date).closing(closing)
        .addExitCriteria(name + ", confirmed in writing").build();
  }

  static Commitment.Builder commitment(String id, String title, Side side, StakeholderId accountable, int days) {
    return Commitment.builder().id(CommitmentId.of(id)).title(title).owingSide(side).durationDays(days)
        .addResponsibility(Responsibility.accountable(accountable))
        .addResponsibility(Responsibility.informed(ALEX_AE));
  }
}
