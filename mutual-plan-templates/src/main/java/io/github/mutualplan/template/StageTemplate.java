package io.github.mutualplan.template;

import org.immutables.value.Value;

/**
 * A stage of the sales cycle (discovery, evaluation, negotiation...), with the working days a step of it takes
 * unless the step says otherwise: the average time per stage that sets the first dates of a plan.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StageTemplate {
  StageTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stage's key, such as {@code evaluation}. */
  public abstract String key();

  /** What the stage is called. */
  public abstract LocalizedText name();

  /** The working days a step of this stage takes unless it says otherwise, at least 1. */
  public abstract int defaultDurationDays();

  /**
   * Builds a {@link StageTemplate}; every attribute is required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(StageTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link StageTemplate#key() key}: {@code key(String)}
   *   <li>{@link StageTemplate#name() name}: {@code name(LocalizedText)}
   *   <li>{@link StageTemplate#defaultDurationDays() defaultDurationDays}: {@code defaultDurationDays(int)}
   * </ul>
   */
  public static final class Builder extends ImmutableStageTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract StageTemplate withKey(String value);

  /** A copy with this {@link #name() name}. */
  public abstract StageTemplate withName(LocalizedText value);

  /** A copy with this {@link #defaultDurationDays() defaultDurationDays}. */
  public abstract StageTemplate withDefaultDurationDays(int value);
}
