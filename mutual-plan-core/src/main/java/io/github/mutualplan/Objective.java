package io.github.mutualplan;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome both sides want from the deal, such as "reduce operating cost"; {@link SuccessMetric}s measure
 * it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an objective without a description.
   *
   * @param id the identifier
   * @param title the outcome, for example {@code "Cut claims processing cost"}
   * @return the objective
   */
  public static Objective of(ObjectiveId id, String title) {
    return builder().id(id).title(title).build();
  }

  /** The objective's identifier. */
  public abstract ObjectiveId id();

  /** The outcome, in a few words; not blank. */
  public abstract String title();

  /** Why it matters to the buyer, when written down. */
  public abstract Optional<String> description();

  /**
   * Builds an {@link Objective}; {@code id} and {@code title} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(Objective)} copies the attributes
   * of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the value.
   * <ul>
   *   <li>{@link Objective#id() id}: {@code id(ObjectiveId)}
   *   <li>{@link Objective#title() title}: {@code title(String)}
   *   <li>{@link Objective#description() description}: {@code description(String)},
   *       {@code description(Optional<String>)}
   * </ul>
   */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract Objective withId(ObjectiveId value);

  /** A copy with this {@link #title() title}. */
  public abstract Objective withTitle(String value);

  /** A copy with this {@link #description() description}. */
  public abstract Objective withDescription(String value);

  /** A copy with this {@link #description() description}, or none for an empty optional. */
  public abstract Objective withDescription(Optional<String> optional);
}
