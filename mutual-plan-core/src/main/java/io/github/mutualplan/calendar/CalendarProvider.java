package io.github.mutualplan.calendar;

import io.github.mutualplan.CalendarId;
import java.util.Optional;

/**
 * A source of working calendars by name, found by {@link CalendarRegistry#standard()} through
 * {@link java.util.ServiceLoader}. Module {@code mutual-plan-holidays} provides one for public-holiday regions
 * ({@code DE-BY}, {@code US}); a library of company calendars can provide its own.
 *
 * <pre>{@code
 * public final class ShutdownCalendars implements CalendarProvider {
 *   public Optional<WorkCalendar> calendar(CalendarId id) {
 *     return id.key().equals("acme.shutdown-2027")
 *         ? Optional.of(WorkCalendar.weekdays().withHolidays(acmeShutdownDays()))
 *         : Optional.empty();
 *   }
 *   public String describe() {
 *     return "Acme's shutdown calendars (acme.shutdown-2027)";
 *   }
 * }
 * // META-INF/services/io.github.mutualplan.calendar.CalendarProvider, or in module-info.java:
 * // provides io.github.mutualplan.calendar.CalendarProvider with com.acme.ShutdownCalendars;
 * }</pre>
 *
 * <p>An implementation has a public no-argument constructor and returns equal calendars for equal names. A name
 * it does not know gives an empty result, not an exception. Implementations must be safe to share between
 * threads: a registry asks its providers on every thread that resolves a name.
 *
 * @since 0.1.0
 */
public interface CalendarProvider {
  /**
   * The calendar of this name, if this provider knows it.
   *
   * @param id the name
   * @return the calendar, or empty
   */
  Optional<WorkCalendar> calendar(CalendarId id);

  /** What names this provider knows, in a few words with examples, for the message of an unknown name. */
  String describe();
}
