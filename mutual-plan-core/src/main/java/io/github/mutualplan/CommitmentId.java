package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Identifies a commitment of a plan, such as {@code security-review}.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit; templates use the same keys. {@code CommitmentId.of("bad key")} throws {@link PlanValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class CommitmentId extends Identifier<CommitmentId> implements ItemId
    permits ImmutableCommitmentId {
  CommitmentId() {}

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "security-review"}
   * @return the identifier
   * @throws PlanValidationException if the key is not valid
   */
  public static CommitmentId of(String key) {
    return ImmutableCommitmentId.of(key);
  }
}
