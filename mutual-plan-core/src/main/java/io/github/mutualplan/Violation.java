package io.github.mutualplan;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One broken rule of a plan: where ({@link #path()}), which rule ({@link #rule()}) and what is wrong
 * ({@link #message()}).
 *
 * <p>A path names items by key, for example {@code commitments[security-review].dependsOn[legal-review]}, so
 * it stays meaningful when the lists are reordered.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  Violation() {}

  /**
   * Returns a violation.
   *
   * @param rule the rule broken
   * @param path where in the plan, for example {@code commitments[kickoff].due}
   * @param message what is wrong, naming the offending value
   * @return the violation
   */
  public static Violation of(PlanRule rule, String path, String message) {
    return ImmutableViolation.of(rule, path, message);
  }

  /** The rule broken. */
  @Value.Parameter
  public abstract PlanRule rule();

  /** Where in the plan, for example {@code commitments[security-review].dependsOn[legal-review]}. */
  @Value.Parameter
  public abstract String path();

  /** What is wrong, naming the offending value. */
  @Value.Parameter
  public abstract String message();

  /** Returns {@code path: message}. */
  @Override
  public final String toString() {
    return path() + ": " + message();
  }
}
