package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * Names the working calendar of one side of a plan, such as {@code weekdays}, a public-holiday region such as
 * {@code DE-BY} or {@code US}, or the id of a company calendar such as {@code acme.shutdown-2027}. A plan
 * carries the names, not the calendars, so that it can be stored and read back anywhere; a
 * {@link io.github.mutualplan.calendar.CalendarRegistry} resolves a name to a calendar when a service needs it.
 *
 * <pre>{@code
 * MutualActionPlan plan = MutualActionPlan.builder()
 *     // ...
 *     .buyerCalendar(CalendarId.of("DE-BY"))   // Bavaria's public holidays (module mutual-plan-holidays)
 *     .sellerCalendar(CalendarId.of("US"))     // US federal holidays
 *     .build();
 * }</pre>
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or
 * digit, and is compared as written ({@code de-by} is another name than {@code DE-BY}).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract sealed class CalendarId extends Identifier<CalendarId> permits ImmutableCalendarId {
  /** Monday to Friday, without holidays: the calendar of a plan that names none. */
  public static final CalendarId WEEKDAYS = of("weekdays");

  /** Every day of the week is a working day, as in textbook critical-path networks. */
  public static final CalendarId EVERY_DAY = of("every-day");

  CalendarId() {}

  /**
   * Returns the name with this key.
   *
   * @param key the readable key, for example {@code "DE-BY"} or {@code "weekdays"}
   * @return the name
   * @throws PlanValidationException if the key is not valid
   */
  public static CalendarId of(String key) {
    return ImmutableCalendarId.of(key);
  }
}
