package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * A customization rule that shaped a plan, and why it applied. Part of a plan's {@link Provenance}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class AppliedRule {
  AppliedRule() {}

  /**
   * Returns an applied rule.
   *
   * @param ruleId the rule's identifier, for example {@code hipaa}
   * @param reason why it applied, for example {@code "the buyer is subject to HIPAA"}
   * @return the applied rule
   */
  public static AppliedRule of(String ruleId, String reason) {
    return ImmutableAppliedRule.of(ruleId, reason);
  }

  /** The rule's identifier. */
  @Value.Parameter
  public abstract String ruleId();

  /** Why it applied. */
  @Value.Parameter
  public abstract String reason();
}
