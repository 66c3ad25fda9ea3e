package io.github.mutualplan.history;

import io.github.mutualplan.MutualPlanException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a list of events does not replay from its first plan: a version out of sequence, a change that a
 * live edit refuses (an actor who is no stakeholder or may not make it, a change that does not fit the plan), or
 * an event a live edit would not have recorded so (a change marked not material that is, a sign-off made stale
 * that is not recorded). The message names the first such event by its index and version.
 *
 * @since 0.1.0
 */
public final class InvalidHistoryException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  InvalidHistoryException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
