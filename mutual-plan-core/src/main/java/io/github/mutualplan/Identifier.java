package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * The shared shape of the typed identifiers: a readable key such as {@code security-review}, compared and
 * printed as the key itself. Two identifiers of different kinds are never equal, even with the same key.
 */
abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {
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
