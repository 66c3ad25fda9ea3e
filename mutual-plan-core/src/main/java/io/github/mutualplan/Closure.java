package io.github.mutualplan;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How and why a plan ended: the {@link CloseReason reason} from the taxonomy, whose outcome agrees with the
 * plan's status, a free-text note, and when.
 *
 * <pre>{@code
 * Closure lost = Closure.of(CloseReason.COMPETITOR, "Chose Acme: cheaper EHR integration", closedAt);
 * }</pre>
 *
 * <p>There is no closure of a free text alone: a text says nothing a win-loss analysis can count, so the
 * caller picks the reason, {@link CloseReason#other(PlanStatus) other} when none fits.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Closure {
  Closure() {}

  /**
   * Returns a closure without a note.
   *
   * @param reason why the deal was won or lost, for win-loss analysis
   * @param closedAt when
   * @return the closure
   */
  public static Closure of(CloseReason reason, Instant closedAt) {
    return ImmutableClosure.builder().reason(reason).closedAt(closedAt).build();
  }

  /**
   * Returns a closure with a note.
   *
   * @param reason why the deal was won or lost, for win-loss analysis
   * @param note the reason in the team's words; not blank
   * @param closedAt when
   * @return the closure
   */
  public static Closure of(CloseReason reason, String note, Instant closedAt) {
    return ImmutableClosure.builder().reason(reason).note(note).closedAt(closedAt).build();
  }

  /** Why the deal was won or lost; its outcome is the plan's status. */
  public abstract CloseReason reason();

  /** The reason in the team's words, if they gave it; not blank. */
  public abstract Optional<String> note();

  /** When the plan was closed. */
  public abstract Instant closedAt();

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #reason() reason}. */
  public abstract Closure withReason(CloseReason value);

  /** A copy with this {@link #note() note}. */
  public abstract Closure withNote(String value);

  /** A copy with this {@link #note() note}, or none for an empty optional. */
  public abstract Closure withNote(Optional<String> optional);

  /** A copy with this {@link #closedAt() closedAt}. */
  public abstract Closure withClosedAt(Instant value);
}
