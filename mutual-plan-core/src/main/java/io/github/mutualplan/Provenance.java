package io.github.mutualplan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a plan came from: the template and version, the rules that tailored it, and when.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Provenance {
  Provenance() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The template's identifier. */
  public abstract String templateId();

  /** The template's version. */
  public abstract String templateVersion();

  /** The customization rules applied, in the order they applied. */
  public abstract List<AppliedRule> rules();

  /** When the plan was made from the template. */
  public abstract Instant createdAt();

  /**
   * Builds a {@link Provenance}; every attribute but {@code rules} is required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(Provenance)} copies the attributes
   * of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the value.
   * <ul>
   *   <li>{@link Provenance#templateId() templateId}: {@code templateId(String)}
   *   <li>{@link Provenance#templateVersion() templateVersion}: {@code templateVersion(String)}
   *   <li>{@link Provenance#rules() rules}: {@code addRule(AppliedRule)}, {@code addRules(AppliedRule...)},
   *       {@code rules(Iterable<AppliedRule>)}, {@code addAllRules(Iterable<AppliedRule>)}
   *   <li>{@link Provenance#createdAt() createdAt}: {@code createdAt(Instant)}
   * </ul>
   */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #templateId() templateId}. */
  public abstract Provenance withTemplateId(String value);

  /** A copy with this {@link #templateVersion() templateVersion}. */
  public abstract Provenance withTemplateVersion(String value);

  /** A copy with these {@link #rules() rules} instead of its own. */
  public abstract Provenance withRules(AppliedRule... elements);

  /** A copy with these {@link #rules() rules} instead of its own. */
  public abstract Provenance withRules(Iterable<? extends AppliedRule> elements);

  /** A copy with this {@link #createdAt() createdAt}. */
  public abstract Provenance withCreatedAt(Instant value);
}
