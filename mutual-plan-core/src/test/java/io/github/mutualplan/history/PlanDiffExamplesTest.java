package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.testing.SamplePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a diff of two versions says, section by section, and which versions a history holds. */
class PlanDiffExamplesTest {
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();

  @Test
  void aPlanComparedWithItselfHasNoDifference() {
    assertThat(PlanDiff.between(PLAN, PLAN).isEmpty()).isTrue();
    assertThat(PlanDiff.between(PLAN, PLAN.withTitle("Northwind Health: claims")).isEmpty()).isFalse();
  }

  @Test
  void everySectionIsComparedItemByItem() {
    List<Stakeholder> people = new ArrayList<>(PLAN.stakeholders());
    people.set(1, people.get(1).withTitle("Principal Solutions Engineer"));
    DecisionCriterion hipaa = PLAN.decisionCriteria().get(0);
    List<DecisionCriterion> criteria = new ArrayList<>(PLAN.decisionCriteria());
    criteria.set(0, hipaa.withWeight(45));
    Milestone first = PLAN.milestones().get(0);
    List<Milestone> milestones = new ArrayList<>(PLAN.milestones());
    milestones.set(0, first.withName(first.name() + ", in writing"));
    SuccessMetric metric = PLAN.successMetrics().get(0);
    MutualActionPlan after = PLAN.withStakeholders(people)
        .withObjectives(PLAN.objectives().get(0), Objective.of(ObjectiveId.of("fewer-denials"), "Fewer denials"))
        .withSuccessMetrics(metric.withTarget(new BigDecimal("35")))
        .withDecisionCriteria(criteria)
        .withMilestones(milestones)
        .withSellerCalendar(CalendarId.of("US"));

    assertThat(PlanDiff.between(PLAN, after).differences()).extracting(PlanDiff.Difference::toString)
        .containsExactly(
            "sellerCalendar: weekdays -> US",
            "stakeholders[sam-ortiz].title: Solutions Engineer -> Principal Solutions Engineer",
            "objectives[fewer-denials]: added",
            "successMetrics[days-in-ar].target: 38 -> 35",
            "decisionCriteria[hipaa].weight: 40 -> 45",
            "milestones[" + first.id() + "].name: " + first.name() + " -> " + first.name() + ", in writing");
  }

  @Test
  void aHistoryHoldsTheVersionsFromItsFirstToItsCurrent() {
    PlanEditor editor = PlanEditor.standard();
    Instant at = Instant.parse("2027-01-18T14:00:00Z");
    PlanHistory history = editor.apply(PlanHistory.of(PLAN), PlanChange.noteCommitment(
        PLAN.commitments().get(0).id(), "Sent"), ALEX_AE, at);

    assertThat(history.version(1)).isEqualTo(PLAN);
    assertThat(history.version(2)).isEqualTo(history.current());
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> history.version(0)))
        .hasMessage("version: 0 is not in the history of plan 'northwind-claims-2027' (1 to 2)");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> history.version(3)))
        .hasMessage("version: 3 is not in the history of plan 'northwind-claims-2027' (1 to 2)");
    // A history kept from a snapshot starts at that version; a change cannot be based on one before it.
    PlanHistory snapshot = PlanHistory.of(history.current());
    assertThat(catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(snapshot, 1,
        PlanChange.noteCommitment(PLAN.commitments().get(0).id(), "Again"), ALEX_AE, at)).reasons())
        .containsExactly("basedOn: version 1 is not in the history (2 to 2)");
  }
}
