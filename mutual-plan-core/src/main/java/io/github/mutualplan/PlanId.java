package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a mutual action plan or closing plan, such as {@code acme-2026-renewal}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code PlanId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class PlanId extends Identifier<PlanId> permits ImmutablePlanId {
  PlanId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "acme-2026-renewal"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static PlanId of(String key) {
    return ImmutablePlanId.of(key);
  }
}
