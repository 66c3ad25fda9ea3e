package io.github.mutualplan.template;

import io.github.mutualplan.Visibility;
import java.util.List;
import org.immutables.value.Value;

/**
 * A milestone of a template; its date in a plan is the day the last of its steps finishes.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MilestoneTemplate {
  MilestoneTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The milestone's key, such as {@code contract-signed}. */
  public abstract String key();

  /** What is reached. */
  public abstract LocalizedText name();

  /** What must be true for it to count as reached. */
  public abstract List<LocalizedText> exitCriteria();

  /** Whether it is the closing milestone; false unless set. */
  @Value.Default
  public boolean closing() {
    return false;
  }

  /** Who sees it; shared unless set. */
  @Value.Default
  public Visibility visibility() {
    return Visibility.SHARED;
  }

  /**
   * Builds a {@link MilestoneTemplate}; {@code key} and {@code name} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(MilestoneTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link MilestoneTemplate#key() key}: {@code key(String)}
   *   <li>{@link MilestoneTemplate#name() name}: {@code name(LocalizedText)}
   *   <li>{@link MilestoneTemplate#exitCriteria() exitCriteria}: {@code addExitCriterion(LocalizedText)},
   *       {@code addExitCriteria(LocalizedText...)}, {@code exitCriteria(Iterable<LocalizedText>)},
   *       {@code addAllExitCriteria(Iterable<LocalizedText>)}
   *   <li>{@link MilestoneTemplate#closing() closing}: {@code closing(boolean)}
   *   <li>{@link MilestoneTemplate#visibility() visibility}: {@code visibility(Visibility)}
   * </ul>
   */
  public static final class Builder extends ImmutableMilestoneTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract MilestoneTemplate withKey(String value);

  /** A copy with this {@link #name() name}. */
  public abstract MilestoneTemplate withName(LocalizedText value);

  /** A copy with these {@link #exitCriteria() exitCriteria} instead of its own. */
  public abstract MilestoneTemplate withExitCriteria(LocalizedText... elements);

  /** A copy with these {@link #exitCriteria() exitCriteria} instead of its own. */
  public abstract MilestoneTemplate withExitCriteria(Iterable<? extends LocalizedText> elements);

  /** A copy with this {@link #closing() closing}. */
  public abstract MilestoneTemplate withClosing(boolean value);

  /** A copy with this {@link #visibility() visibility}. */
  public abstract MilestoneTemplate withVisibility(Visibility value);
}
