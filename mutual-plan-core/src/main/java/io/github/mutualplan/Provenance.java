package io.github.mutualplan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** Where a plan came from: the template and version, the rules that tailored it, and when. */
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

  /** Builds a {@link Provenance}; every attribute but {@code rules} is required. */
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
