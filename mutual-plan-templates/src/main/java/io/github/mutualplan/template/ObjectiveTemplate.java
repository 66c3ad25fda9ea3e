package io.github.mutualplan.template;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective a template suggests, for the sides to agree on.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ObjectiveTemplate {
  ObjectiveTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The objective's key, such as {@code reduce-cost}. */
  public abstract String key();

  /** The outcome. */
  public abstract LocalizedText title();

  /** Why it matters, if written down. */
  public abstract Optional<LocalizedText> description();

  /**
   * Builds an {@link ObjectiveTemplate}; {@code key} and {@code title} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(ObjectiveTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link ObjectiveTemplate#key() key}: {@code key(String)}
   *   <li>{@link ObjectiveTemplate#title() title}: {@code title(LocalizedText)}
   *   <li>{@link ObjectiveTemplate#description() description}: {@code description(LocalizedText)},
   *       {@code description(Optional<LocalizedText>)}
   * </ul>
   */
  public static final class Builder extends ImmutableObjectiveTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract ObjectiveTemplate withKey(String value);

  /** A copy with this {@link #title() title}. */
  public abstract ObjectiveTemplate withTitle(LocalizedText value);

  /** A copy with this {@link #description() description}. */
  public abstract ObjectiveTemplate withDescription(LocalizedText value);

  /** A copy with this {@link #description() description}, or none for an empty optional. */
  public abstract ObjectiveTemplate withDescription(Optional<? extends LocalizedText> optional);
}
