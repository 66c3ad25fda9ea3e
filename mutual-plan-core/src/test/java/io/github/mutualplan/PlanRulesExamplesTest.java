package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a plan, one example each: what is refused, and how the refusal reads. */
class PlanRulesExamplesTest {
  static final StakeholderId AE = StakeholderId.of("ae");
  static final StakeholderId BUYER = StakeholderId.of("buyer");
  static final LocalDate START = LocalDate.of(2027, 3, 1);

  /** The smallest closing plan: one account executive, one buyer, one commitment each. */
  static MutualActionPlan.Builder plan() {
    return MutualActionPlan.builder()
        .id(PlanId.of("small"))
        .title("Small deal")
        .deal(Deal.of("Globex", Money.of("15000", "EUR")))
        .sellerOrganization("Acme")
        .buyerOrganization("Globex")
        .start(START)
        .targetClose(START.plusDays(30))
        .zone(ZoneId.of("Europe/Berlin"))
        .sellerOwner(AE)
        .addStakeholders(
            Stakeholder.builder().id(AE).side(Side.SELLER).name("Ann").addRole(Role.ACCOUNT_EXECUTIVE).build(),
            Stakeholder.builder().id(BUYER).side(Side.BUYER).name("Bo").addRole(Role.CHAMPION).build())
        .addCommitments(
            Commitment.builder().id(CommitmentId.of("demo")).title("Demo").owingSide(Side.SELLER)
                .durationDays(1).addResponsibility(Responsibility.accountable(AE)).build(),
            Commitment.builder().id(CommitmentId.of("feedback")).title("Feedback on the demo")
                .owingSide(Side.BUYER).due(START.plusDays(5)).addDependsOn(CommitmentId.of("demo"))
                .addResponsibility(Responsibility.accountable(BUYER)).build());
  }

  static PlanValidationException refusal(MutualActionPlan.Builder builder) {
    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, builder::build);
    assertThat(e).as("the plan is refused").isNotNull();
    return e;
  }

  @Test
  void theSmallestPlanIsValid() {
    assertThatCode(() -> plan().build()).doesNotThrowAnyException();
  }

  @Test
  void everyViolationIsReportedAtOnceEachWithItsPath() {
    PlanValidationException e = refusal(plan()
        .title(" ")
        .targetClose(START.minusDays(1))
        .addCommitment(Commitment.builder().id(CommitmentId.of("legal-review")).title("Legal review")
            .owingSide(Side.BUYER).durationDays(0).addDependsOn(CommitmentId.of("redlines"))
            .addResponsibility(Responsibility.accountable(AE)).build()));

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "title: must not be blank",
        "targetClose: 2027-02-28 is before the plan's start 2027-03-01",
        "commitments[legal-review].durationDays: must be at least 1 (was 0)",
        "commitments[legal-review].dependsOn[redlines]: no commitment 'redlines' in the plan",
        "commitments[legal-review].responsibilities[ae]: the accountable person 'ae' is on the SELLER side,"
            + " but the BUYER owes the commitment");
    assertThat(e).hasMessageStartingWith("Invalid plan 'small': 5 violations\n  title: must not be blank");
  }

  @Test
  void aDependencyCycleIsReportedWithItsPath() {
    MutualActionPlan.Builder cyclic = plan().commitments(java.util.List.of(
        step("legal-review", "security-review"), step("security-review", "pricing"), step("pricing", "legal-review")));

    assertThat(refusal(cyclic).violations()).containsExactly(Violation.of(PlanRule.ACYCLIC_DEPENDENCIES,
        "commitments[legal-review].dependsOn[security-review]",
        "dependency cycle: legal-review -> security-review -> pricing -> legal-review"));
  }

  @Test
  void aCommitmentCannotDependOnItself() {
    assertThat(refusal(plan().commitments(java.util.List.of(step("demo", "demo")))).violations()).containsExactly(Violation.of(
        PlanRule.ACYCLIC_DEPENDENCIES, "commitments[demo].dependsOn[demo]", "dependency cycle: demo -> demo"));
  }

  @Test
  void identifiersAreUniquePerKind() {
    MutualActionPlan.Builder twice = plan().addMilestone(Milestone.builder().id(MilestoneId.of("demo"))
        .name("Demo done").targetDate(START).build()); // a milestone may share a commitment's key
    assertThatCode(twice::build).doesNotThrowAnyException();

    twice.addCommitment(step("demo"));
    assertThat(refusal(twice).violations()).containsExactly(
        Violation.of(PlanRule.UNIQUE_IDS, "commitments[demo]", "2 commitments have the id 'demo'"));
  }

  @Test
  void rolesSuitTheSideOfThePersonWhoHoldsThem() {
    PlanValidationException e = refusal(plan().addStakeholder(Stakeholder.builder()
        .id(StakeholderId.of("sally")).side(Side.SELLER).name("Sally").addRoles(Role.CHAMPION, Role.LEGAL).build()));

    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.ROLE_SIDES, "stakeholders[sally].roles[champion]",
        "'sally' is on the SELLER side, but champion is a BUYER role"));
  }

  @Test
  void theOwnersSitOnTheirSides() {
    assertThat(refusal(plan().sellerOwner(BUYER).buyerCoOwner(AE)).violations()).extracting(Violation::toString)
        .containsExactly(
            "sellerOwner: 'buyer' is on the BUYER side; the sellerOwner must be on the SELLER side",
            "buyerCoOwner: 'ae' is on the SELLER side; the buyerCoOwner must be on the BUYER side");
  }

  @Test
  void singleValuesAreWellFormed() {
    PlanValidationException e = refusal(plan()
        .addStakeholder(Stakeholder.builder().id(StakeholderId.of("x")).side(Side.BUYER).name("X")
            .email("x at example.com").build())
        .addDecisionCriterion(DecisionCriterion.builder().id(DecisionCriterionId.of("price")).name("Price")
            .category(CriterionCategory.COMMERCIAL).weight(0).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("untimed")).title("Untimed").owingSide(Side.SELLER)
            .addTag("Legal Review").addResponsibility(Responsibility.accountable(AE)).build()));

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "stakeholders[x].email: 'x at example.com' is not an e-mail address",
        "decisionCriteria[price].weight: must be between 1 and 100 (was 0)",
        "commitments[untimed].due: needs a due date or a duration in working days",
        "commitments[untimed].tags: 'Legal Review' is not a valid tag: use 1 to 100 ASCII letters, digits, '-',"
            + " '_' or '.', starting with a letter or digit");
  }

  @Test
  void aCustomerPledgeIsAlwaysShared() {
    MutualActionPlan valid = plan().build();
    Commitment feedback = valid.commitment(CommitmentId.of("feedback")).orElseThrow();

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class,
        () -> valid.withCommitments(valid.commitments().get(0), feedback.withVisibility(Visibility.INTERNAL)));

    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.VISIBILITY, "commitments[feedback].visibility",
        "a customer pledge (owed by the BUYER) is always shared"));
  }

  @Test
  void aDoneCommitmentCarriesItsCompletionDateAndOnlyThen() {
    MutualActionPlan valid = plan().build();
    Commitment demo = valid.commitments().get(0);

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, () -> valid.withCommitments(
        demo.withStatus(CommitmentStatus.DONE), valid.commitments().get(1).withCompletedOn(START)));

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "commitments[demo].completedOn: a DONE commitment needs its completion date",
        "commitments[feedback].completedOn: only a DONE commitment has a completion date; this one is OPEN");
    assertThat(valid.withCommitments(demo.withStatus(CommitmentStatus.DONE).withCompletedOn(START),
        valid.commitments().get(1)).commitments().get(0).completedOn()).contains(START);
  }

  @Test
  void theDayACommitmentStartedIsAStartedOnesNotBeforeThePlanNorAfterItsCompletion() {
    MutualActionPlan valid = plan().build();
    Commitment demo = valid.commitments().get(0);
    Commitment feedback = valid.commitments().get(1);

    // Started two days after its agreed start, done a week later: valid; so is a blocked or cancelled one.
    Commitment late = demo.withStatus(CommitmentStatus.DONE).withStartedOn(START.plusDays(2))
        .withCompletedOn(START.plusDays(9));
    assertThat(valid.withCommitments(late, feedback).commitments().get(0).startedOn()).contains(START.plusDays(2));
    for (CommitmentStatus started : List.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.BLOCKED,
        CommitmentStatus.CANCELLED)) {
      assertThatCode(() -> valid.withCommitments(demo.withStatus(started).withStartedOn(START), feedback))
          .doesNotThrowAnyException();
    }

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, () -> valid.withCommitments(
        late.withStartedOn(START.plusDays(10)), feedback.withStartedOn(START.minusDays(1))));

    assertThat(e.violations()).containsExactly(
        Violation.of(PlanRule.DATE_ORDER, "commitments[demo].startedOn",
            "2027-03-11 is after its completion date 2027-03-10"),
        Violation.of(PlanRule.LIFECYCLE, "commitments[feedback].startedOn",
            "only a started commitment has the day it started (2027-02-28); this one is OPEN"),
        Violation.of(PlanRule.DATE_ORDER, "commitments[feedback].startedOn",
            "2027-02-28 is before the plan's start 2027-03-01"));
    assertThat(refusal(MutualActionPlan.builder().from(valid).commitments(List.of(
        demo.withStatus(CommitmentStatus.IN_PROGRESS).withStartedOn(START.plusYears(11)), feedback)))
        .violations()).extracting(Violation::toString).containsExactly(
            "commitments[demo].startedOn: 2038-03-01 is more than 10 years after the plan's start 2027-03-01");
  }

  @Test
  void aClosedPlanCarriesItsClosureAndOnlyAClosedOne() {
    MutualActionPlan valid = plan().build();

    assertThat(refusal(MutualActionPlan.builder().from(valid).status(PlanStatus.CLOSED_LOST)).violations())
        .containsExactly(Violation.of(PlanRule.LIFECYCLE, "closure",
            "a CLOSED_LOST plan needs its closure (reason and time)"));
    // Status and closure change together, so they change in one builder, not in two with* copies.
    MutualActionPlan lost = MutualActionPlan.builder().from(valid)
        .status(PlanStatus.CLOSED_LOST)
        .closure(Closure.of(CloseReason.BUDGET, "Budget frozen until next fiscal year",
            Instant.parse("2027-04-01T09:00:00Z")))
        .build();
    assertThat(lost.status().isClosed()).isTrue();
  }

  @Test
  void aClosingPlanIsNeitherSharedNorSignedOff() {
    PlanValidationException e = refusal(plan().status(PlanStatus.SHARED)
        .addSignOff(SignOff.of(AE, Instant.parse("2027-03-02T10:00:00Z"), 1)));

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "status: a closing plan is DRAFT or closed, not SHARED",
        "signOffs: a closing plan is not signed off; only a mutual action plan is");
  }

  @Test
  void onlyOneMilestoneClosesTheDealAndTheBuyerSeesIt() {
    Milestone signed = Milestone.builder().id(MilestoneId.of("signed")).name("Signed").targetDate(START)
        .closing(true).build();
    Milestone paid = signed.withId(MilestoneId.of("paid")).withName("Paid").withVisibility(Visibility.INTERNAL);

    assertThat(refusal(plan().addMilestones(signed, paid)).violations()).extracting(Violation::toString)
        .containsExactly(
            "milestones[paid].closing: 'signed' is already the closing milestone; a plan has at most one",
            "milestones[paid].visibility: the closing milestone is always shared");
  }

  @Test
  void aFailedCopyLeavesTheOriginalAsItWas() {
    MutualActionPlan valid = plan().build();
    MutualActionPlan before = MutualActionPlan.builder().from(valid).build();

    catchThrowableOfType(PlanValidationException.class, () -> valid.withTargetClose(START.minusDays(10)));

    assertThat(valid).isEqualTo(before);
    assertThat(valid.targetClose()).isEqualTo(START.plusDays(30));
  }

  static Commitment step(String id, String... dependsOn) {
    Commitment.Builder step = Commitment.builder().id(CommitmentId.of(id)).title(id).owingSide(Side.SELLER)
        .durationDays(2).addResponsibility(Responsibility.accountable(AE));
    for (String dependency : dependsOn) {
      step.addDependsOn(CommitmentId.of(dependency));
    }
    return step.build();
  }
}
