package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a success metric of a plan, such as {@code claims-processing-time}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code SuccessMetricId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class SuccessMetricId extends Identifier<SuccessMetricId> permits ImmutableSuccessMetricId {
  SuccessMetricId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "claims-processing-time"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static SuccessMetricId of(String key) {
    return ImmutableSuccessMetricId.of(key);
  }
}
