package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * The shared shape of the typed identifiers: a readable key such as {@code security-review} ({@link Keys}),
 * compared and printed as the key itself. Two identifiers of different kinds are never equal, even with the same
 * key. The kinds are the model's own; code that stores or shows any of them can take an {@code Identifier}:
 *
 * <pre>{@code
 * static String column(Identifier<?> id) {
 *   return id.key(); // "security-review" for CommitmentId.of("security-review")
 * }
 * }</pre>
 *
 * @param <T> the kind of identifier, so that only identifiers of one kind compare
 * @since 0.1.0
 */
public abstract sealed class Identifier<T extends Identifier<T>> implements Comparable<T>
    permits CalendarId, CommitmentId, DecisionCriterionId, MilestoneId, ObjectiveId, PlanId, Role, StakeholderId,
        SuccessMetricId {
  Identifier() {}

  /** The readable key, unique among the items of its kind in a plan. */
  @Value.Parameter
  public abstract String key();

  @Value.Check
  final void checkKey() {
    if (!Keys.isValid(key())) {
      String kind = getClass().getSuperclass().getSimpleName();
      throw PlanValidationException.of(
          kind, PlanRule.VALID_VALUES, "key", Texts.quote(key()) + " is not valid: use " + Keys.rule());
    }
  }

  /** Orders identifiers of one kind by their keys. */
  @Override
  public final int compareTo(T other) {
    return key().compareTo(other.key());
  }

  /** Returns the key. */
  @Override
  public final String toString() {
    return key();
  }
}
