package io.github.mutualplan;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.testing.SamplePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point rejects null with a {@link NullPointerException} naming the parameter, and every
 * value type has value equality.
 */
class PublicApiContractTest {
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  static final Commitment COMMITMENT = PLAN.commitments().get(1);
  static final Milestone MILESTONE = PLAN.milestones().get(0);
  static final Stakeholder STAKEHOLDER = PLAN.stakeholders().get(0);
  static final DecisionCriterion CRITERION = PLAN.decisionCriteria().get(0);
  static final SuccessMetric METRIC = PLAN.successMetrics().get(0);
  static final Objective OBJECTIVE = PLAN.objectives().get(0);
  static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
  static final Provenance PROVENANCE = Provenance.builder().templateId("standard-b2b").templateVersion("1")
      .createdAt(NOW).addRule(AppliedRule.of("hipaa", "HIPAA applies")).build();

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(PlanId.class, PLAN.id())
        .setDefault(StakeholderId.class, STAKEHOLDER.id())
        .setDefault(CommitmentId.class, COMMITMENT.id())
        .setDefault(MilestoneId.class, MILESTONE.id())
        .setDefault(ObjectiveId.class, OBJECTIVE.id())
        .setDefault(SuccessMetricId.class, METRIC.id())
        .setDefault(DecisionCriterionId.class, CRITERION.id())
        .setDefault(Role.class, Role.CHAMPION)
        .setDefault(Money.class, PLAN.deal().value())
        .setDefault(Deal.class, PLAN.deal())
        .setDefault(Stakeholder.class, STAKEHOLDER)
        .setDefault(Commitment.class, COMMITMENT)
        .setDefault(Milestone.class, MILESTONE)
        .setDefault(Objective.class, OBJECTIVE)
        .setDefault(SuccessMetric.class, METRIC)
        .setDefault(DecisionCriterion.class, CRITERION)
        .setDefault(Responsibility.class, Responsibility.informed(STAKEHOLDER.id()))
        .setDefault(SignOff.class, SignOff.of(STAKEHOLDER.id(), NOW, 1))
        .setDefault(Closure.class, Closure.of(CloseReason.VALUE_PROVEN, NOW))
        .setDefault(AppliedRule.class, AppliedRule.of("hipaa", "HIPAA applies"))
        .setDefault(Provenance.class, PROVENANCE)
        .setDefault(MutualActionPlan.class, PLAN)
        .setDefault(Violation.class, Violation.of(PlanRule.VALID_VALUES, "title", "must not be blank"))
        .setDefault(LocalDate.class, PLAN.start())
        .setDefault(Instant.class, NOW)
        .setDefault(ZoneId.class, PLAN.zone())
        .setDefault(Currency.class, Currency.getInstance("USD"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(DurationEstimate.class, DurationEstimate.of(1, 2, 3));
  }

  static final List<Class<?>> VALUE_TYPES = List.of(
      PlanId.class, StakeholderId.class, CommitmentId.class, MilestoneId.class, ObjectiveId.class,
      SuccessMetricId.class, DecisionCriterionId.class, Role.class, Money.class, Deal.class, Stakeholder.class,
      Objective.class, SuccessMetric.class, DecisionCriterion.class, Milestone.class, Commitment.class,
      Responsibility.class, SignOff.class, Closure.class, AppliedRule.class, Provenance.class,
      MutualActionPlan.class, Violation.class, DurationEstimate.class);

  @Test
  void staticFactoriesRejectNull() {
    NullPointerTester tester = tester();
    VALUE_TYPES.forEach(tester::testAllPublicStaticMethods);
    tester.testAllPublicStaticMethods(PlanValidationException.class);
    tester.testAllPublicConstructors(PlanValidationException.class);
  }

  @Test
  void buildersRejectNull() {
    NullPointerTester tester = tester();
    List.of(MutualActionPlan.builder(), Stakeholder.builder(), Commitment.builder(), Milestone.builder(),
            Objective.builder(), SuccessMetric.builder(), DecisionCriterion.builder(), Provenance.builder())
        .forEach(tester::testAllPublicInstanceMethods);
  }

  @Test
  void valuesRejectNullInCopiesAndQueries() {
    NullPointerTester tester = tester();
    List.of(PLAN, COMMITMENT, MILESTONE, STAKEHOLDER, CRITERION, METRIC, OBJECTIVE, PLAN.deal(), PROVENANCE,
            Closure.of(CloseReason.BEST_FIT, NOW))
        .forEach(tester::testAllPublicInstanceMethods);
  }

  @Test
  void valuesAreEqualExactlyWhenTheirContentIs() {
    new EqualsTester()
        .addEqualityGroup(PLAN, MutualActionPlan.builder().from(PLAN).build())
        .addEqualityGroup(PLAN.withTitle("Another title"))
        .addEqualityGroup(PLAN.withVersion(2))
        .addEqualityGroup(COMMITMENT, Commitment.builder().from(COMMITMENT).build())
        .addEqualityGroup(COMMITMENT.withDurationDays(11))
        .addEqualityGroup(COMMITMENT.withStatus(CommitmentStatus.BLOCKED))
        .addEqualityGroup(MILESTONE, Milestone.builder().from(MILESTONE).build())
        .addEqualityGroup(MILESTONE.withTargetDate(MILESTONE.targetDate().plusDays(1)))
        .addEqualityGroup(STAKEHOLDER, Stakeholder.builder().from(STAKEHOLDER).build())
        .addEqualityGroup(STAKEHOLDER.withEmail("alex@example.com"))
        .addEqualityGroup(CRITERION, CRITERION.withWeight(CRITERION.weight()))
        .addEqualityGroup(CRITERION.withStanding(Standing.MET))
        .addEqualityGroup(METRIC, SuccessMetric.builder().from(METRIC).build())
        .addEqualityGroup(OBJECTIVE, Objective.of(OBJECTIVE.id(), OBJECTIVE.title()))
        .addEqualityGroup(Money.of("10", "EUR"), Money.of("10.00", "EUR"))
        .addEqualityGroup(Money.of("10", "USD"))
        .addEqualityGroup(Deal.of("Globex", Money.of("10", "EUR")), Deal.of("Globex", Money.of("10.0", "EUR")))
        .addEqualityGroup(CommitmentId.of("demo"), CommitmentId.of("demo"))
        .addEqualityGroup(MilestoneId.of("demo"))
        .addEqualityGroup(Role.CHAMPION, Role.of("champion"))
        .addEqualityGroup(Responsibility.accountable(STAKEHOLDER.id()), Responsibility.of(STAKEHOLDER.id(), Raci.ACCOUNTABLE))
        .addEqualityGroup(SignOff.of(STAKEHOLDER.id(), NOW, 1), SignOff.of(STAKEHOLDER.id(), NOW, 1))
        .addEqualityGroup(SignOff.of(STAKEHOLDER.id(), NOW, 2))
        .addEqualityGroup(Closure.of(CloseReason.BEST_FIT, NOW), Closure.of(CloseReason.BEST_FIT, NOW))
        .addEqualityGroup(PROVENANCE, Provenance.builder().from(PROVENANCE).build())
        .addEqualityGroup(Violation.of(PlanRule.DATE_ORDER, "targetClose", "x"),
            Violation.of(PlanRule.DATE_ORDER, "targetClose", "x"))
        .testEquals();
  }
}
