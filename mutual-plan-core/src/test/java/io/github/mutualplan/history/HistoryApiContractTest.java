package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editing API rejects null, its values have value equality, and a custom policy replaces the standard. */
class HistoryApiContractTest {
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(MutualActionPlan.class, PLAN)
        .setDefault(PlanHistory.class, PlanHistory.of(PLAN))
        .setDefault(PlanChange.class, PlanChange.noteCommitment(DISCOVERY, "note"))
        .setDefault(PlanPolicy.class, PlanPolicy.standard())
        .setDefault(PlanListener.class, n -> { })
        .setDefault(StakeholderId.class, ALEX_AE)
        .setDefault(CommitmentId.class, DISCOVERY)
        .setDefault(ItemId.class, DISCOVERY)
        .setDefault(DecisionCriterionId.class, PLAN.decisionCriteria().get(0).id())
        .setDefault(Commitment.class, PLAN.commitments().get(0))
        .setDefault(Milestone.class, PLAN.milestones().get(0))
        .setDefault(Stakeholder.class, PLAN.stakeholders().get(0))
        .setDefault(DecisionCriterion.class, PLAN.decisionCriteria().get(0))
        .setDefault(Objective.class, PLAN.objectives().get(0))
        .setDefault(SuccessMetric.class, PLAN.successMetrics().get(0))
        .setDefault(SuccessMetricId.class, PLAN.successMetrics().get(0).id())
        .setDefault(CloseReason.class, CloseReason.WON_OTHER)
        .setDefault(Responsibility.class, Responsibility.informed(ALEX_AE))
        .setDefault(Role.class, Role.LEGAL)
        .setDefault(LocalDate.class, PLAN.start())
        .setDefault(Instant.class, NOW);
  }

  @Test
  void everyEntryPointRejectsNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(PlanChange.class);
    tester.testAllPublicStaticMethods(PlanEvent.class);
    tester.testAllPublicStaticMethods(PlanHistory.class);
    tester.testAllPublicStaticMethods(PlanDiff.class);
    tester.testAllPublicStaticMethods(PlanEditor.class);
    tester.testAllPublicInstanceMethods(PlanEditor.standard());
    tester.testAllPublicInstanceMethods(PlanHistory.of(PLAN));
  }

  @Test
  void changesAndEventsAreValues() {
    new EqualsTester()
        .addEqualityGroup(PlanChange.noteCommitment(DISCOVERY, "a"), PlanChange.noteCommitment(DISCOVERY, "a"))
        .addEqualityGroup(PlanChange.noteCommitment(DISCOVERY, "b"))
        .addEqualityGroup(PlanChange.signOff(), PlanChange.signOff())
        .addEqualityGroup(PlanChange.closeWon(CloseReason.WON_OTHER))
        .addEqualityGroup(PlanChange.closeLost(CloseReason.LOST_OTHER))
        .addEqualityGroup(PlanChange.assessCriterion(PLAN.decisionCriteria().get(0).id(), Standing.MET))
        .addEqualityGroup(PlanEvent.planAgreed(3, NOW, ALEX_AE), PlanEvent.planAgreed(3, NOW, ALEX_AE))
        .addEqualityGroup(PlanEvent.changeApplied(3, NOW, ALEX_AE, PlanChange.signOff(), false))
        .addEqualityGroup(PlanHistory.of(PLAN), PlanHistory.of(MutualActionPlan.builder().from(PLAN).build()))
        .testEquals();
  }

  @Test
  void aCloseCarriesAClosedOutcome() {
    assertThat(PlanChange.closeWon(CloseReason.WON_OTHER).outcome())
        .isEqualTo(io.github.mutualplan.PlanStatus.CLOSED_WON);
    assertThat(PlanChange.closeLost(CloseReason.LOST_OTHER).outcome())
        .isEqualTo(io.github.mutualplan.PlanStatus.CLOSED_LOST);
  }

  @Test
  void aCustomPolicyReplacesTheStandardOne() {
    PlanPolicy everythingMaterial = new PlanPolicy() {
      final PlanPolicy standard = PlanPolicy.standard();

      @Override
      public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
        return standard.refusals(plan, change, actor);
      }

      @Override
      public boolean isMaterial(PlanDiff diff) {
        return !diff.isEmpty();
      }

      @Override
      public List<String> missingForSharing(MutualActionPlan plan) {
        List<String> missing = new ArrayList<>(standard.missingForSharing(plan));
        if (plan.decisionCriteria().stream().anyMatch(c -> c.standing() == Standing.UNKNOWN)) {
          missing.add("every decision criterion is assessed");
        }
        return missing;
      }
    };
    PlanEditor editor = PlanEditor.standard().withPolicy(everythingMaterial);

    Edit noted = editor.apply(PLAN, PlanChange.noteCommitment(DISCOVERY, "Agenda sent"), ALEX_AE, NOW);
    assertThat(((PlanEvent.ChangeApplied) noted.events().get(0)).material()).isTrue();
    assertThat(catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(PLAN, PlanChange.share(SamplePlans.MARIA_OPS), ALEX_AE, NOW)).reasons())
        .containsExactly("no economic buyer is named on the buyer side", "every decision criterion is assessed");
  }
}
