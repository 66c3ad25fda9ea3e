package io.github.mutualplan.testing;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * The seeds' healthcare scenario as a plan: Acme Software sells claims automation to Northwind Health, a
 * provider with many departments, compliance checks and a long timeline. Shared by the tests of every module.
 *
 * <p>The class keeps no state and is safe to use from any thread; each builder it returns is new, and not
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class SamplePlans {
  // The seller's team.
  public static final StakeholderId ALEX_AE = StakeholderId.of("alex-kim");
  public static final StakeholderId SAM_SE = StakeholderId.of("sam-ortiz");
  public static final StakeholderId JO_CS = StakeholderId.of("jo-becker");
  // The buying group at Northwind Health.
  public static final StakeholderId MARIA_OPS = StakeholderId.of("maria-lopez");
  public static final StakeholderId DANA_CFO = StakeholderId.of("dana-reyes");
  public static final StakeholderId LEE_CISO = StakeholderId.of("lee-chen");
  public static final StakeholderId PAT_COUNSEL = StakeholderId.of("pat-novak");
  public static final StakeholderId ROBIN_PROCUREMENT = StakeholderId.of("robin-shaw");

  public static final LocalDate START = LocalDate.of(2027, 1, 11);

  /** The closing plan Alex keeps before the deal is real: who is who, and the steps to the signature. */
  public static MutualActionPlan.Builder healthcareClosingPlan() {
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
            .baseline(new BigDecimal("52"))
            .target(new BigDecimal("38"))
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

  /** The key of {@link #healthcareSharedPlan()}'s internal commitment. */
  public static final CommitmentId DEAL_DESK = CommitmentId.of("deal-desk-approval");
  /** The key of {@link #healthcareSharedPlan()}'s internal milestone. */
  public static final MilestoneId PRICING_APPROVED = MilestoneId.of("pricing-approved");

  /**
   * The healthcare plan shared with the buyer, version 3, signed by Alex on version 2 (stale since), with one
   * internal commitment and one internal milestone of the seller's, the deal desk's pricing approval: what a
   * buyer's document must leave out.
   */
  public static MutualActionPlan healthcareSharedPlan() {
    MutualActionPlan closing = healthcareClosingPlan().build();
    return MutualActionPlan.builder().from(closing)
        .stakeholders(closing.stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(Role.DECISION_MAKER, Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .buyerCoOwner(MARIA_OPS)
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .version(3)
        .addSignOff(SignOff.of(ALEX_AE, Instant.parse("2027-01-20T15:00:00Z"), 2).withStale(true))
        .addMilestone(Milestone.builder().id(PRICING_APPROVED).name("Discount approved by the deal desk")
            .targetDate(LocalDate.of(2027, 2, 26)).visibility(Visibility.INTERNAL).build())
        .addCommitment(Commitment.builder().id(DEAL_DESK).title("Deal desk approves the 12% discount")
            .owingSide(Side.SELLER).durationDays(3).visibility(Visibility.INTERNAL)
            .addDependsOn(CommitmentId.of("discovery")).milestone(PRICING_APPROVED)
            .addResponsibility(Responsibility.accountable(ALEX_AE)).build())
        .build();
  }

  /**
   * The closing plan's history from its first version: Dana named the economic buyer, the plan shared with
   * Maria as co-owner, and signed off by Alex and then Maria (version 5, AGREED; five events). Each change an
   * hour after the one before, from {@code at}.
   */
  public static PlanHistory agreedHistory(PlanEditor editor, Instant at) {
    PlanHistory history = PlanHistory.of(healthcareClosingPlan().build());
    history = editor.apply(history, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE, at);
    history = editor.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, at.plusSeconds(3600));
    history = editor.apply(history, PlanChange.signOff(), ALEX_AE, at.plusSeconds(7200));
    return editor.apply(history, PlanChange.signOff(), MARIA_OPS, at.plusSeconds(10_800));
  }

  private SamplePlans() {}

  private static Stakeholder person(StakeholderId id, Side side, String name, String title, Role... roles) {
    return Stakeholder.builder().id(id).side(side).name(name).title(title).addRoles(roles).build();
  }

  private static Milestone milestone(String id, String name, LocalDate date, boolean closing) {
    return Milestone.builder().id(MilestoneId.of(id)).name(name).targetDate(date).closing(closing)
        .addExitCriteria(name + ", confirmed in writing").build();
  }

  private static Commitment.Builder commitment(String id, String title, Side side, StakeholderId accountable,
      int days) {
    return Commitment.builder().id(CommitmentId.of(id)).title(title).owingSide(side).durationDays(days)
        .addResponsibility(Responsibility.accountable(accountable))
        .addResponsibility(Responsibility.informed(ALEX_AE));
  }
}
