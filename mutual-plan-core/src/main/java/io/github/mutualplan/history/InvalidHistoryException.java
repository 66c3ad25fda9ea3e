package io.github.mutualplan.history;

import io.github.mutualplan.MutualPlanException;

/**
 * Thrown when a list of events does not replay from its first plan: a version out of sequence, a change that
 * no longer applies, or an event that does not follow from the change before it. The message names the
 * event by its index and version.
 */
public final class InvalidHistoryException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  InvalidHistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
