package io.github.mutualplan;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome both sides want from the deal, such as "reduce operating cost"; {@link SuccessMetric}s measure
 * it.
 */
@Value.Immutable
public abstract class Objective implements WithObjective {
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

  /** Builds an {@link Objective}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
