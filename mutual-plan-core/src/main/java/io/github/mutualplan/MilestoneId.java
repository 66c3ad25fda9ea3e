package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a milestone of a plan, such as {@code contract-signed}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code MilestoneId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class MilestoneId extends Identifier<MilestoneId> implements ItemId
    permits ImmutableMilestoneId {
  MilestoneId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "contract-signed"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static MilestoneId of(String key) {
    return ImmutableMilestoneId.of(key);
  }
}
