package io.github.mutualplan.template;

import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.Role;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A default decision criterion of a template, owned in a plan by the buyer who has its role.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CriterionTemplate {
  CriterionTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The criterion's key, such as {@code hipaa}. */
  public abstract String key();

  /** What the buyer decides on. */
  public abstract LocalizedText name();

  /** What it is about. */
  public abstract CriterionCategory category();

  /** How much it counts, from 1 to 100; 1 unless set. */
  @Value.Default
  public int weight() {
    return 1;
  }

  /** The buyer-side role that owns it, if any. */
  public abstract Optional<Role> ownerRole();

  /**
   * Builds a {@link CriterionTemplate}; {@code key}, {@code name} and {@code category} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(CriterionTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link CriterionTemplate#key() key}: {@code key(String)}
   *   <li>{@link CriterionTemplate#name() name}: {@code name(LocalizedText)}
   *   <li>{@link CriterionTemplate#category() category}: {@code category(CriterionCategory)}
   *   <li>{@link CriterionTemplate#weight() weight}: {@code weight(int)}
   *   <li>{@link CriterionTemplate#ownerRole() ownerRole}: {@code ownerRole(Role)}, {@code ownerRole(Optional<Role>)}
   * </ul>
   */
  public static final class Builder extends ImmutableCriterionTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract CriterionTemplate withKey(String value);

  /** A copy with this {@link #name() name}. */
  public abstract CriterionTemplate withName(LocalizedText value);

  /** A copy with this {@link #category() category}. */
  public abstract CriterionTemplate withCategory(CriterionCategory value);

  /** A copy with this {@link #weight() weight}. */
  public abstract CriterionTemplate withWeight(int value);

  /** A copy with this {@link #ownerRole() ownerRole}. */
  public abstract CriterionTemplate withOwnerRole(Role value);

  /** A copy with this {@link #ownerRole() ownerRole}, or none for an empty optional. */
  public abstract CriterionTemplate withOwnerRole(Optional<? extends Role> optional);
}
