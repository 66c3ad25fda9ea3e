package io.github.mutualplan.calendar;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.ScheduleException;

/**
 * A plan, or a caller, names a calendar that the {@link CalendarRegistry} does not know. The message names it
 * and says what the registry knows; a service that stores plans from users answers it as a bad request.
 *
 * @since 0.1.0
 */
public final class UnknownCalendarException extends ScheduleException {
  private static final long serialVersionUID = 1L;

  private final transient CalendarId calendar;

  UnknownCalendarException(CalendarId calendar, String message) {
    super(message);
    this.calendar = calendar;
  }

  /** The name no source knows. */
  public CalendarId calendar() {
    return calendar;
  }
}
