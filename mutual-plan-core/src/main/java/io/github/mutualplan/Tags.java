package io.github.mutualplan;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * The well-known {@linkplain Commitment#tags() commitment tags}: the built-in templates set them and the risk
 * rules read them. A commitment may carry any other valid key as a tag too.
 *
 * <pre>{@code
 * boolean hasContract = plan.commitments().stream().anyMatch(c -> c.tags().contains(Tags.LEGAL));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Tags {
  /** The contract: its review, negotiation and signature. The risk rules expect one such step. */
  public static final String LEGAL = "legal";
  /** A security review or questionnaire. A regulated buyer needs one. */
  public static final String SECURITY = "security";
  /** A step a regulation or certification requires; it shows the buyer is regulated. */
  public static final String COMPLIANCE = "compliance";
  /** The buyer's purchasing: supplier registration, purchase order. */
  public static final String PROCUREMENT = "procurement";
  /** Price, budget, discount and terms. */
  public static final String COMMERCIAL = "commercial";
  /** Demos, proofs of concept, integration and architecture. */
  public static final String TECHNICAL = "technical";
  /** Onboarding after the close; see {@link OnboardingHandOff}. */
  public static final String ONBOARDING = "onboarding";

  private static final Set<String> STANDARD =
      ImmutableSet.of(LEGAL, SECURITY, COMPLIANCE, PROCUREMENT, COMMERCIAL, TECHNICAL, ONBOARDING);
  private static final Set<String> MANDATED = ImmutableSet.of(COMPLIANCE, PROCUREMENT);

  private Tags() {}

  /** The well-known tags above, in this order. */
  public static Set<String> standard() {
    return STANDARD;
  }

  /**
   * The tags of the steps a regulation or the buyer's formal procurement imposes, {@link #COMPLIANCE} and
   * {@link #PROCUREMENT}: not the team's to leave out, so the advice on how many steps a plan should have (the
   * {@code step-count} risk rule, the templates' lint) does not count them; the limit past which any plan does no
   * better than none does.
   */
  public static Set<String> mandated() {
    return MANDATED;
  }
}
