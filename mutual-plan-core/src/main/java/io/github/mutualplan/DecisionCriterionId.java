package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a decision criterion of a plan, such as {@code hipaa-compliance}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code DecisionCriterionId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class DecisionCriterionId extends Identifier<DecisionCriterionId>
    permits ImmutableDecisionCriterionId {
  DecisionCriterionId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "hipaa-compliance"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static DecisionCriterionId of(String key) {
    return ImmutableDecisionCriterionId.of(key);
  }
}
