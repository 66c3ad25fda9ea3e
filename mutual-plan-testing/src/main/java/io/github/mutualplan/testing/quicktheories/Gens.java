package io.github.mutualplan.testing.quicktheories;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.PlanSamplers;
import io.github.mutualplan.testing.Sampler;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The samplers as QuickTheories generators. Each choice a sampler makes is a choice of QuickTheories' source,
 * which shrinks it towards its lower bound, so a failing plan shrinks to a smaller, earlier one: fewer
 * commitments, fewer dependencies, earlier dates.
 *
 * <pre>{@code
 * qt().forAll(Gens.of(PlanSamplers.plans(50))).checkAssert(plan -> assertThat(plan).isValid());
 * qt().forAll(Gens.plans()).checkAssert(plan -> ...);                 // the same, up to 500 commitments
 * }</pre>
 *
 * <p>QuickTheories is an optional dependency of this module: add it to your build to use this class. The class
 * keeps no state; its generators are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Gens {
  private Gens() {}

  /** A generator of what a sampler makes. */
  public static <T> Gen<T> of(Sampler<T> sampler) {
    return in -> sampler.sample(draw(in));
  }

  /** The choices of a QuickTheories source, for a generator written by hand. */
  public static Draw draw(RandomnessSource in) {
    return new Draw((min, max) -> in.next(Constraint.between(min, max)));
  }

  /** Valid plans of every kind and status, up to {@value PlanSamplers#MAX_COMMITMENTS} commitments. */
  public static Gen<MutualActionPlan> plans() {
    return of(PlanSamplers.plans());
  }

  /** Valid plans of every kind and status, up to {@code maxCommitments} commitments. */
  public static Gen<MutualActionPlan> plans(int maxCommitments) {
    return of(PlanSamplers.plans(maxCommitments));
  }

  /** Valid mutual action plans (shared, agreed or closed), up to {@code maxCommitments} commitments. */
  public static Gen<MutualActionPlan> mutualActionPlans(int maxCommitments) {
    return of(PlanSamplers.mutualActionPlans(maxCommitments));
  }

  /** Valid closing plans (draft or closed), up to {@code maxCommitments} commitments. */
  public static Gen<MutualActionPlan> closingPlans(int maxCommitments) {
    return of(PlanSamplers.closingPlans(maxCommitments));
  }
}
