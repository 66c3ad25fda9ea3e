package io.github.mutualplan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a won plan hands to the customer success team for onboarding: the commitments that come after the
 * close, the objectives and success metrics with their dates, and the people with their roles.
 *
 * <pre>{@code
 * plan.onboardingHandOff().ifPresent(handOff ->
 *     handOff.postSaleCommitments().forEach(c -> onboarding.schedule(c.title(), c.due())));
 * }</pre>
 *
 * <p>A commitment is post-sale when it is tagged {@value #ONBOARDING_TAG} or leads to a milestone dated after
 * the closing milestone; cancelled commitments are left out.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OnboardingHandOff {
  /** The tag that marks a commitment as part of onboarding, after the close. */
  public static final String ONBOARDING_TAG = Tags.ONBOARDING;

  OnboardingHandOff() {}

  static OnboardingHandOff of(MutualActionPlan plan, Closure closure, List<Commitment> postSale) {
    return ImmutableOnboardingHandOff.builder()
        .plan(plan.id())
        .deal(plan.deal())
        .buyerOrganization(plan.buyerOrganization())
        .closedAt(closure.closedAt())
        .postSaleCommitments(postSale)
        .objectives(plan.objectives())
        .successMetrics(plan.successMetrics())
        .stakeholders(plan.stakeholders())
        .build();
  }

  /** The plan handed off. */
  public abstract PlanId plan();

  /** The deal won. */
  public abstract Deal deal();

  /** The new customer. */
  public abstract String buyerOrganization();

  /** When the deal was won. */
  public abstract Instant closedAt();

  /** The commitments after the close, in the plan's order, with their dates and people. */
  public abstract List<Commitment> postSaleCommitments();

  /** The outcomes the customer bought for. */
  public abstract List<Objective> objectives();

  /** The numbers that will show the outcomes, with the dates they are measured by. */
  public abstract List<SuccessMetric> successMetrics();

  /** The people of both sides, with their roles. */
  public abstract List<Stakeholder> stakeholders();
}
