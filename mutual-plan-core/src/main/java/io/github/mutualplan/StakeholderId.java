package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a stakeholder of a plan, such as {@code jane-doe}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code StakeholderId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class StakeholderId extends Identifier<StakeholderId> permits ImmutableStakeholderId {
  StakeholderId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "jane-doe"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static StakeholderId of(String key) {
    return ImmutableStakeholderId.of(key);
  }
}
