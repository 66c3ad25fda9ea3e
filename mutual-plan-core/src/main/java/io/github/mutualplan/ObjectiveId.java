package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies an objective of a plan, such as {@code reduce-claims-cost}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code ObjectiveId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class ObjectiveId extends Identifier<ObjectiveId> permits ImmutableObjectiveId {
  ObjectiveId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "reduce-claims-cost"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static ObjectiveId of(String key) {
    return ImmutableObjectiveId.of(key);
  }
}
