package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each change does what it says to the plan, and nothing else, one change at a time. */
class ChangeEffectsExamplesTest {
  static final Instant AT = Instant.parse("2027-01-18T14:00:00Z");
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");
  static final CommitmentId QUESTIONNAIRE = CommitmentId.of("security-questionnaire");
  static final CommitmentId KICKOFF = CommitmentId.of("onboarding-kickoff");
  static final MilestoneId GO_LIVE = MilestoneId.of("go-live");
  static final DecisionCriterionId HIPAA = DecisionCriterionId.of("hipaa");

  final PlanEditor editor = PlanEditor.standard();

  MutualActionPlan apply(MutualActionPlan plan, PlanChange change, StakeholderId actor) {
    MutualActionPlan after = editor.apply(plan, change, actor, AT).plan();
    assertThat(after.version()).isEqualTo(plan.version() + 1);
    return after;
  }

  MutualActionPlan apply(PlanChange change) {
    return apply(PLAN, change, ALEX_AE);
  }

  static Commitment commitment(MutualActionPlan plan, CommitmentId id) {
    return plan.commitment(id).orElseThrow();
  }

  static List<String> ids(MutualActionPlan plan) {
    return plan.commitments().stream().map(c -> c.id().key()).collect(Collectors.toList());
  }

  @Test
  void commitmentsAreAddedUpdatedRemovedAndReordered() {
    Commitment demo = Commitment.builder().id(CommitmentId.of("demo")).title("Demo for the billing team")
        .owingSide(Side.SELLER).durationDays(2).addResponsibility(Responsibility.accountable(SAM_SE)).build();
    assertThat(apply(PlanChange.addCommitment(demo)).commitments()).endsWith(demo);

    Commitment renamed = commitment(PLAN, DISCOVERY).withTitle("Discovery workshops, in person");
    assertThat(commitment(apply(PlanChange.updateCommitment(renamed)), DISCOVERY)).isEqualTo(renamed);

    assertThat(apply(PlanChange.removeCommitment(KICKOFF)).commitment(KICKOFF)).isEmpty();

    List<CommitmentId> reversed = PLAN.commitments().stream().map(Commitment::id).collect(Collectors.toList());
    Collections.reverse(reversed);
    List<String> expected = new ArrayList<>(ids(PLAN));
    Collections.reverse(expected);
    assertThat(ids(apply(PlanChange.reorderCommitments(reversed)))).isEqualTo(expected);
  }

  @Test
  void aCommitmentStartsCompletesBlocksCancelsAndMoves() {
    assertThat(commitment(apply(PlanChange.startCommitment(DISCOVERY)), DISCOVERY).status())
        .isEqualTo(CommitmentStatus.IN_PROGRESS);
    Commitment done = commitment(apply(PlanChange.completeCommitment(DISCOVERY, LocalDate.of(2027, 1, 15))),
        DISCOVERY);
    assertThat(done.status()).isEqualTo(CommitmentStatus.DONE);
    assertThat(done.completedOn()).contains(LocalDate.of(2027, 1, 15));
    assertThat(commitment(apply(PlanChange.blockCommitment(DISCOVERY, "Waiting for IT")), DISCOVERY).status())
        .isEqualTo(CommitmentStatus.BLOCKED);
    assertThat(commitment(apply(PlanChange.cancelCommitment(KICKOFF, "Not needed")), KICKOFF).status())
        .isEqualTo(CommitmentStatus.CANCELLED);
    assertThat(commitment(apply(PlanChange.rescheduleCommitment(DISCOVERY, LocalDate.of(2027, 1, 29))), DISCOVERY)
        .due()).contains(LocalDate.of(2027, 1, 29));
    assertThat(commitment(apply(PlanChange.slipCommitment(DISCOVERY, 3)), DISCOVERY).durationDays())
        .hasValue(commitment(PLAN, DISCOVERY).durationDays().getAsInt() + 3);
    assertThat(commitment(apply(PlanChange.noteCommitment(DISCOVERY, "Agenda sent")), DISCOVERY).note())
        .contains("Agenda sent");
  }

  @Test
  void responsibilitiesAreAssignedAndRemoved() {
    Responsibility consulted = Responsibility.consulted(LEE_CISO);
    MutualActionPlan assigned = apply(PlanChange.assignResponsibility(QUESTIONNAIRE, consulted));
    assertThat(commitment(assigned, QUESTIONNAIRE).responsibilities()).contains(consulted);

    MutualActionPlan removed = apply(assigned, PlanChange.removeResponsibility(QUESTIONNAIRE, consulted), ALEX_AE);
    assertThat(commitment(removed, QUESTIONNAIRE).responsibilities()).doesNotContain(consulted)
        .isEqualTo(commitment(PLAN, QUESTIONNAIRE).responsibilities());
  }

  @Test
  void stakeholdersAreAddedUpdatedAndGivenOrDeniedRoles() {
    Stakeholder kim = Stakeholder.builder().id(StakeholderId.of("kim-park")).side(Side.BUYER).name("Kim Park")
        .addRoles(Role.END_USER).build();
    assertThat(apply(PlanChange.addStakeholder(kim)).stakeholder(kim.id())).contains(kim);

    Stakeholder sam = PLAN.stakeholder(SAM_SE).orElseThrow().withTitle("Principal Solutions Engineer");
    assertThat(apply(PlanChange.updateStakeholder(sam)).stakeholder(SAM_SE)).contains(sam);

    MutualActionPlan granted = apply(PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER));
    assertThat(granted.stakeholder(DANA_CFO).orElseThrow().roles()).contains(Role.ECONOMIC_BUYER, Role.DECISION_MAKER);
    MutualActionPlan revoked = apply(granted, PlanChange.revokeRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE);
    assertThat(revoked.stakeholder(DANA_CFO).orElseThrow().roles()).containsExactly(Role.DECISION_MAKER);
  }

  @Test
  void criteriaMilestonesObjectivesAndMetricsAreAddedAndUpdated() {
    DecisionCriterion uptime = DecisionCriterion.builder().id(DecisionCriterionId.of("uptime")).name("99.9 % uptime")
        .category(CriterionCategory.TECHNICAL).weight(10).owner(MARIA_OPS).build();
    assertThat(apply(PlanChange.addDecisionCriterion(uptime)).decisionCriterion(uptime.id())).contains(uptime);
    DecisionCriterion heavier = PLAN.decisionCriterion(HIPAA).orElseThrow().withWeight(45);
    assertThat(apply(PlanChange.updateDecisionCriterion(heavier)).decisionCriterion(HIPAA)).contains(heavier);
    DecisionCriterion assessed = apply(PLAN, PlanChange.assessCriterion(HIPAA, Standing.PARTLY_MET, "BAA in review"),
        ALEX_AE).decisionCriterion(HIPAA).orElseThrow();
    assertThat(assessed.standing()).isEqualTo(Standing.PARTLY_MET);
    assertThat(assessed.evidence()).contains("BAA in review");

    Milestone pilot = Milestone.builder().id(MilestoneId.of("pilot")).name("Pilot done")
        .targetDate(LocalDate.of(2027, 5, 14)).addExitCriteria("Pilot report accepted").build();
    assertThat(apply(PlanChange.addMilestone(pilot)).milestone(pilot.id())).contains(pilot);
    Milestone later = PLAN.milestone(GO_LIVE).orElseThrow().withTargetDate(LocalDate.of(2027, 8, 16));
    assertThat(apply(PlanChange.updateMilestone(later)).milestone(GO_LIVE)).contains(later);

    Objective fewer = Objective.of(ObjectiveId.of("fewer-denials"), "Fewer denied claims");
    assertThat(apply(PlanChange.addObjective(fewer)).objectives()).endsWith(fewer);
    SuccessMetric denials = SuccessMetric.builder().id(SuccessMetricId.of("denial-rate")).name("Denial rate")
        .unit("%").measuredBy(LocalDate.of(2028, 1, 31)).build();
    assertThat(apply(PlanChange.addSuccessMetric(denials)).successMetrics()).endsWith(denials);
  }

  @Test
  void thePlansCalendarsAndTargetCloseChange() {
    assertThat(apply(PlanChange.setCalendar(Side.BUYER, CalendarId.of("US"))).buyerCalendar())
        .isEqualTo(CalendarId.of("US"));
    assertThat(apply(PlanChange.setCalendar(Side.SELLER, CalendarId.EVERY_DAY)).sellerCalendar())
        .isEqualTo(CalendarId.EVERY_DAY);
    assertThat(apply(PlanChange.changeTargetClose(LocalDate.of(2027, 7, 30))).targetClose())
        .isEqualTo(LocalDate.of(2027, 7, 30));
  }

  @Test
  void aPlanIsSharedSignedClosedAndReopened() {
    MutualActionPlan ready = apply(PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER));
    MutualActionPlan shared = apply(ready, PlanChange.share(MARIA_OPS), ALEX_AE);
    assertThat(shared.kind()).isEqualTo(PlanKind.MUTUAL_ACTION_PLAN);
    assertThat(shared.status()).isEqualTo(PlanStatus.SHARED);
    assertThat(shared.buyerCoOwner()).contains(MARIA_OPS);

    MutualActionPlan signed = apply(shared, PlanChange.signOff(), ALEX_AE);
    assertThat(signed.isSignedOffBy(ALEX_AE)).isTrue();
    assertThat(signed.signOffs()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(shared.version()));

    MutualActionPlan lost = apply(signed, PlanChange.closeLost(CloseReason.BUDGET, "No budget this year"), ALEX_AE);
    assertThat(lost.status()).isEqualTo(PlanStatus.CLOSED_LOST);
    assertThat(lost.closure().orElseThrow().reason()).isEqualTo(CloseReason.BUDGET);
    assertThat(lost.closure().orElseThrow().note()).contains("No budget this year");
    assertThat(apply(signed, PlanChange.closeWon(CloseReason.VALUE_PROVEN), ALEX_AE).status())
        .isEqualTo(PlanStatus.CLOSED_WON);

    MutualActionPlan reopened = apply(lost, PlanChange.reopen("Budget found"), ALEX_AE);
    assertThat(reopened.status().isClosed()).isFalse();
    assertThat(reopened.closure()).isEmpty();
  }
}
