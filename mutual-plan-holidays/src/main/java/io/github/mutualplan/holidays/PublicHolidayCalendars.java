package io.github.mutualplan.holidays;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.calendar.CalendarProvider;
import io.github.mutualplan.calendar.WorkCalendar;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves public-holiday regions for {@link io.github.mutualplan.calendar.CalendarRegistry#standard()}: a plan
 * whose buyer calendar is {@code CalendarId.of("DE-BY")} is scheduled in {@link PublicHolidays#calendar(String)
 * PublicHolidays.calendar("DE-BY")}, Monday to Friday without Bavaria's public holidays. Found through
 * {@link java.util.ServiceLoader} once this module is on the class or module path; nothing to call. Instances
 * keep no state and are safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PublicHolidayCalendars implements CalendarProvider {
  /** Made by {@link java.util.ServiceLoader}. */
  public PublicHolidayCalendars() {}

  /** The calendar of a region such as {@code US}, {@code GB-SCT} or {@code DE-BY}; empty for another name. */
  @Override
  public Optional<WorkCalendar> calendar(CalendarId id) {
    Objects.requireNonNull(id, "id");
    try {
      return Optional.of(PublicHolidays.calendar(id.key()));
    } catch (IllegalArgumentException notARegion) { // not a region code, or one Jollyday does not know
      return Optional.empty();
    }
  }

  @Override
  public String describe() {
    return "the public holidays of a country or region by its ISO 3166 code, such as US, GB, DE-BY or US-NY"
        + " (mutual-plan-holidays)";
  }
}
