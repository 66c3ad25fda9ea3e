package io.github.mutualplan;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * How and why a plan ended; its status says whether won or lost.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Closure {
  Closure() {}

  /**
   * Returns a closure.
   *
   * @param reason why the deal was won or lost, for win-loss analysis; not blank
   * @param closedAt when
   * @return the closure
   */
  public static Closure of(String reason, Instant closedAt) {
    return ImmutableClosure.of(reason, closedAt);
  }

  /** Why the deal was won or lost; not blank. */
  @Value.Parameter
  public abstract String reason();

  /** When the plan was closed. */
  @Value.Parameter
  public abstract Instant closedAt();

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #reason() reason}. */
  public abstract Closure withReason(String value);

  /** A copy with this {@link #closedAt() closedAt}. */
  public abstract Closure withClosedAt(Instant value);
}
