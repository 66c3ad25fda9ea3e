package io.github.mutualplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.testing.PlanBreakers.BrokenPlan;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kit's promises: valid values for every seed, near-valid ones that break exactly their rule, shrinking. */
class SamplersTest {
  static final int SEEDS = 10_000;

  /** The rules a near-valid plan can break. */
  static final Set<PlanRule> BREAKABLE = EnumSet.of(PlanRule.UNIQUE_IDS, PlanRule.RESOLVED_REFERENCES,
      PlanRule.ACYCLIC_DEPENDENCIES, PlanRule.ONE_ACCOUNTABLE, PlanRule.DATE_ORDER, PlanRule.SHARING_GATE,
      PlanRule.WITHIN_LIMITS, PlanRule.CLOSE_REASON);

  @Test
  void everySampledPlanIsValidAndKeepsTheLibrarysInvariants() {
    LongFunction<MutualActionPlan> plans = PlanSamplers.plans(60).bySeed();
    LongStream.range(0, SEEDS).forEach(seed -> {
      MutualActionPlan plan = plans.apply(seed);
      // Valid: building it again from its parts passes every rule the builder checks.
      assertThat(MutualActionPlan.builder().from(plan).build()).as("seed %d", seed).isEqualTo(plan);
      assertThat(plan.commitments().size()).isBetween(0, 60);
    });
  }

  @Test
  void aPlansDependenciesHaveTheShapeAskedFor() {
    for (PlanSamplers.Shape shape : List.of(PlanSamplers.Shape.of(200).withDependencies(0),
        PlanSamplers.Shape.of(200).withDependencies(1).withReach(1), PlanSamplers.Shape.of(200).withReach(2),
        PlanSamplers.Shape.of(300).withDependencies(6).withReach(300))) {
      LongStream.range(0, 1_000).forEach(seed -> {
        MutualActionPlan plan = PlanSamplers.plans(shape).sample(seed);
        List<CommitmentId> order = plan.commitments().stream().map(Commitment::id).collect(Collectors.toList());

        assertThat(plan.commitments().size()).isLessThanOrEqualTo(shape.maxCommitments());
        for (Commitment c : plan.commitments()) {
          assertThat(c.dependsOn().size()).as("%s, seed %d", shape, seed).isLessThanOrEqualTo(shape.maxDependencies());
          for (CommitmentId before : c.dependsOn()) {
            int back = order.indexOf(c.id()) - order.indexOf(before);
            assertThat(back).as("%s, seed %d", shape, seed).isBetween(1, shape.reach());
          }
        }
      });
    }
    assertThatThrownBy(() -> PlanSamplers.Shape.of(10).withReach(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reach 1 or more");
  }

  @Test
  void theKindsAskedForAreTheKindsMade() {
    LongStream.range(0, 500).forEach(seed -> {
      assertThat(PlanSamplers.mutualActionPlans(20).sample(seed).kind()).isEqualTo(PlanKind.MUTUAL_ACTION_PLAN);
      assertThat(PlanSamplers.closingPlans(20).sample(seed).kind()).isEqualTo(PlanKind.CLOSING_PLAN);
    });
  }

  @Test
  void theSameSeedGivesTheSameValue() {
    LongStream.range(0, 200).forEach(seed -> {
      assertThat(PlanSamplers.plans(100).sample(seed)).isEqualTo(PlanSamplers.plans(100).sample(seed));
      assertThat(PlanBreakers.breaking(PlanRule.DATE_ORDER).sample(seed).toString())
          .isEqualTo(PlanBreakers.breaking(PlanRule.DATE_ORDER).sample(seed).toString());
    });
    assertThat(LongStream.range(0, 50).mapToObj(PlanSamplers.plans(100).bySeed()).distinct().count())
        .as("different seeds, different plans").isGreaterThan(45);
  }

  @ParameterizedTest
  @EnumSource(names = {
    "UNIQUE_IDS", "RESOLVED_REFERENCES", "ACYCLIC_DEPENDENCIES", "ONE_ACCOUNTABLE", "DATE_ORDER", "SHARING_GATE",
    "WITHIN_LIMITS", "CLOSE_REASON"
  })
  void everyNearValidPlanBreaksExactlyItsRule(PlanRule rule) {
    Sampler<BrokenPlan> broken = PlanBreakers.breaking(rule);
    LongStream.range(0, SEEDS).forEach(seed -> {
      BrokenPlan plan = broken.sample(seed);
      PlanValidationException e = catchThrowableOfType(PlanValidationException.class, plan.plan()::build);

      assertThat(e).as("seed %d: %s", seed, plan).isNotNull();
      assertThat(e.violations()).as("seed %d", seed).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.path()).isEqualTo(plan.path());
      });
    });
  }

  @Test
  void aRuleThatCannotBeBrokenAloneIsRefusedByName() {
    EnumSet<PlanRule> others = EnumSet.complementOf(EnumSet.copyOf(BREAKABLE));
    for (PlanRule rule : others) {
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PlanBreakers.breaking(rule)))
          .as("%s", rule).hasMessageContaining(rule.name());
    }
  }

  /**
   * QuickTheories shrinks a failing plan by shrinking the sampler's choices: a property that fails for plans of
   * more than three commitments is reported with a plan of exactly four.
   */
  @Test
  void aFailingPlanShrinksToTheSmallestThatStillFails() {
    AtomicReference<MutualActionPlan> smallest = new AtomicReference<>();
    AssertionError failure = catchThrowableOfType(AssertionError.class, () -> qt().withFixedSeed(7)
        .forAll(Gens.plans(200)).check(plan -> {
          boolean holds = plan.commitments().size() <= 3;
          if (!holds && (smallest.get() == null
              || plan.commitments().size() < smallest.get().commitments().size())) {
            smallest.set(plan);
          }
          return holds;
        }));

    assertThat(failure).as("the property fails").isNotNull();
    assertThat(smallest.get().commitments()).hasSize(4);
  }
}
