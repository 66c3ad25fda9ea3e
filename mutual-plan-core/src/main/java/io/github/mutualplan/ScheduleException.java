package io.github.mutualplan;


/**
 * Thrown when a plan cannot be scheduled at all: a calendar has no working day for a year, or the timeline
 * would run for thousands of years (hundreds of commitments of the longest duration, one after the other), or
 * the plan names a calendar nobody knows ({@link io.github.mutualplan.calendar.UnknownCalendarException}). A
 * timeline of up to five thousand years always schedules.
 *
 * @since 0.1.0
 */
public class ScheduleException extends MutualPlanException {
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
