package io.github.mutualplan.schedule;

import io.github.mutualplan.MutualPlanException;

/**
 * Thrown when a plan cannot be scheduled at all: its dependencies form a cycle (reported with its path), or
 * a calendar has no working day for a year.
 */
public final class ScheduleException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be scheduled, and why
   */
  public ScheduleException(String message) {
    super(message);
  }
}
