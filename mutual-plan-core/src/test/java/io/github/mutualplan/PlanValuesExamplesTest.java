package io.github.mutualplan;

import static io.github.mutualplan.PlanRulesExamplesTest.AE;
import static io.github.mutualplan.PlanRulesExamplesTest.BUYER;
import static io.github.mutualplan.PlanRulesExamplesTest.START;
import static io.github.mutualplan.PlanRulesExamplesTest.plan;
import static io.github.mutualplan.PlanRulesExamplesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every value of a plan is checked where it sits, and a refusal names that place: each text of each kind of
 * item, the owners, a criterion's weight and owner, and the order of the violations.
 */
class PlanValuesExamplesTest {
  static final String BLANK = " ";

  @Test
  void everyTextOfThePlanIsCheckedAndReportedAtItsPath() {
    MutualActionPlan.Builder blanks = plan()
        .deal(Deal.of(BLANK, Money.of("15000", "EUR")))
        .provenance(Provenance.builder().templateId(BLANK).templateVersion(BLANK)
            .addRules(AppliedRule.of("hipaa", "HIPAA applies"), AppliedRule.of(BLANK, BLANK))
            .createdAt(Instant.parse("2027-03-01T08:00:00Z")).build())
        .addStakeholder(Stakeholder.builder().id(StakeholderId.of("x")).side(Side.BUYER).name(BLANK).title(BLANK)
            .build())
        .addObjective(Objective.builder().id(ObjectiveId.of("o")).title(BLANK).description(BLANK).build())
        .addSuccessMetric(SuccessMetric.builder().id(SuccessMetricId.of("m")).name(BLANK).unit(BLANK)
            .measuredBy(START).build())
        .addDecisionCriterion(DecisionCriterion.builder().id(DecisionCriterionId.of("c")).name(BLANK)
            .category(CriterionCategory.TECHNICAL).evidence(BLANK).build())
        .addMilestone(Milestone.builder().id(MilestoneId.of("ms")).name(BLANK).targetDate(START)
            .addExitCriteria("Signed", BLANK).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("k")).title(BLANK).deliverable(BLANK).note(BLANK)
            .owingSide(Side.SELLER).durationDays(1).addResponsibility(Responsibility.accountable(AE)).build());

    PlanValidationException e = refusal(blanks);

    assertThat(e.violations()).extracting(Violation::path).containsExactly(
        "deal.accountName",
        "provenance.templateId",
        "provenance.templateVersion",
        "provenance.rules[1].ruleId",
        "provenance.rules[1].reason",
        "stakeholders[x].name",
        "stakeholders[x].title",
        "objectives[o].title",
        "objectives[o].description",
        "successMetrics[m].name",
        "successMetrics[m].unit",
        "decisionCriteria[c].name",
        "decisionCriteria[c].evidence",
        "milestones[ms].name",
        "milestones[ms].exitCriteria[1]",
        "commitments[k].title",
        "commitments[k].deliverable",
        "commitments[k].note");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo(PlanRule.VALID_VALUES);
      assertThat(v.message()).isEqualTo("must not be blank");
    });
  }

  @Test
  void aTextTooLongIsOverTheLimitsNotMalformed() {
    assertThat(refusal(plan().addObjective(Objective.builder().id(ObjectiveId.of("o")).title("Grow")
        .description("d".repeat(10_001)).build())).violations()).containsExactly(Violation.of(
            PlanRule.WITHIN_LIMITS, "objectives[o].description", "has 10001 characters; at most 10000"));
  }

  @Test
  void theOwnersAreStakeholdersOfThePlan() {
    assertThat(refusal(plan().sellerOwner(StakeholderId.of("nobody")).buyerCoOwner(StakeholderId.of("no-one")))
        .violations()).containsExactly(
            Violation.of(PlanRule.RESOLVED_REFERENCES, "sellerOwner", "no stakeholder 'nobody' in the plan"),
            Violation.of(PlanRule.RESOLVED_REFERENCES, "buyerCoOwner", "no stakeholder 'no-one' in the plan"));
  }

  @Test
  void aCriterionWeighsFromOneToOneHundred() {
    for (int weight : new int[] {1, 100}) {
      assertThat(plan().addDecisionCriterion(criterion().weight(weight).build()).build().decisionCriteria())
          .singleElement().extracting(DecisionCriterion::weight).isEqualTo(weight);
    }
    assertThat(refusal(plan().addDecisionCriterion(criterion().weight(101).build())).violations()).containsExactly(
        Violation.of(PlanRule.VALID_VALUES, "decisionCriteria[price].weight", "must be between 1 and 100 (was 101)"));
  }

  @Test
  void aCriterionIsOwnedOnTheBuyerSide() {
    assertThat(plan().addDecisionCriterion(criterion().owner(BUYER).build()).build().decisionCriteria().get(0)
        .owner()).contains(BUYER);

    assertThat(refusal(plan().addDecisionCriterion(criterion().owner(AE).build())).violations()).containsExactly(
        Violation.of(PlanRule.ROLE_SIDES, "decisionCriteria[price].owner",
            "'ae' is on the SELLER side; a criterion's owner is on the BUYER side"));
  }

  @Test
  void aMilestoneHasAtMostOneAccountablePerson() {
    Milestone signed = Milestone.builder().id(MilestoneId.of("signed")).name("Signed").targetDate(START)
        .addResponsibility(Responsibility.accountable(BUYER)).build();
    assertThat(plan().addMilestone(signed).build().milestones().get(0).accountable()).contains(BUYER);

    assertThat(refusal(plan().addMilestone(signed.withResponsibilities(Responsibility.accountable(BUYER),
        Responsibility.accountable(AE)))).violations()).containsExactly(Violation.of(PlanRule.ONE_ACCOUNTABLE,
            "milestones[signed].responsibilities", "2 accountable people [buyer, ae]; a milestone has at most one"));
  }

  @Test
  void aCommitmentHasExactlyOneAccountablePerson() {
    Commitment two = Commitment.builder().id(CommitmentId.of("two")).title("Two").owingSide(Side.SELLER)
        .durationDays(1).addResponsibilities(Responsibility.accountable(AE), Responsibility.accountable(BUYER))
        .build();
    Commitment none = two.withId(CommitmentId.of("none")).withResponsibilities(Responsibility.responsible(AE));

    assertThat(refusal(plan().addCommitments(two, none)).violations()).containsExactly(
        Violation.of(PlanRule.ONE_ACCOUNTABLE, "commitments[two].responsibilities",
            "2 accountable people [ae, buyer]; a commitment has exactly one"),
        Violation.of(PlanRule.ONE_ACCOUNTABLE, "commitments[none].responsibilities",
            "no accountable person; a commitment has exactly one, on the side that owes it"));
    assertThat(two.accountable()).isEmpty();
    assertThat(none.accountable()).isEmpty();
  }

  @Test
  void aCommitmentsDatesFollowThePlansStartAndEachOther() {
    Commitment late = Commitment.builder().id(CommitmentId.of("late")).title("Late").owingSide(Side.SELLER)
        .start(START.plusDays(10)).due(START.plusDays(9)).addResponsibility(Responsibility.accountable(AE)).build();
    Commitment early = late.withId(CommitmentId.of("early")).withStart(START.minusDays(1)).withDue(START);

    assertThat(refusal(plan().addCommitments(late, early)).violations()).containsExactly(
        Violation.of(PlanRule.DATE_ORDER, "commitments[late].due", "2027-03-10 is before its start 2027-03-11"),
        Violation.of(PlanRule.DATE_ORDER, "commitments[early].start",
            "2027-02-28 is before the plan's start 2027-03-01"));
    // The same day is in order: a one-day commitment starts and is due on it.
    assertThat(plan().addCommitment(late.withDue(START.plusDays(10))).build().commitments()).hasSize(3);
  }

  @Test
  void aSuccessMetricMeasuresAnObjectiveOfThePlan() {
    SuccessMetric metric = SuccessMetric.builder().id(SuccessMetricId.of("nps")).name("NPS").unit("points")
        .baseline(BigDecimal.ONE).target(BigDecimal.TEN).measuredBy(START).objective(ObjectiveId.of("happy"))
        .build();

    assertThat(plan().addObjective(Objective.of(ObjectiveId.of("happy"), "Happy users")).addSuccessMetric(metric)
        .build().successMetrics()).containsExactly(metric);
    assertThat(refusal(plan().addSuccessMetric(metric)).violations()).containsExactly(Violation.of(
        PlanRule.RESOLVED_REFERENCES, "successMetrics[nps].objective", "no objective 'happy' in the plan"));
  }

  @Test
  void theViolationsOfAllItemsComeTogetherInThePlansOrder() {
    List<Violation> found = refusal(plan()
        .addStakeholder(Stakeholder.builder().id(StakeholderId.of("z")).side(Side.SELLER).name("Z")
            .addRole(Role.CHAMPION).build())
        .addObjective(Objective.of(ObjectiveId.of("o"), BLANK))
        .addSuccessMetric(SuccessMetric.builder().id(SuccessMetricId.of("m")).name("M").unit("u")
            .measuredBy(START.minusDays(1)).build())
        .addDecisionCriterion(criterion().weight(0).build())
        .addMilestone(Milestone.builder().id(MilestoneId.of("ms")).name("Ms").targetDate(START.minusDays(1))
            .build())).violations();

    assertThat(found).extracting(Violation::path).containsExactly("stakeholders[z].roles[champion]",
        "objectives[o].title", "successMetrics[m].measuredBy", "decisionCriteria[price].weight",
        "milestones[ms].targetDate");
  }

  static DecisionCriterion.Builder criterion() {
    return DecisionCriterion.builder().id(DecisionCriterionId.of("price")).name("Price")
        .category(CriterionCategory.COMMERCIAL);
  }
}
