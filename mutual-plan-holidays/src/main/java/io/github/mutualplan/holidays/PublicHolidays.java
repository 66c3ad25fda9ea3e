package io.github.mutualplan.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Working calendars that know the public holidays of a country, or of a region of it, for any year: a buyer
 * in Bavaria does not work on Epiphany, a seller in the US not on Thanksgiving. The holidays come from
 * <a href="https://github.com/focus-shift/jollyday">Jollyday</a>.
 *
 * <pre>{@code
 * WorkCalendar buyer = PublicHolidays.calendar("DE-BY");   // Germany, Bavaria
 * WorkCalendar seller = PublicHolidays.calendar("US");
 * Scheduler scheduler = Scheduler.of(ScheduleOptions.of(buyer, seller));
 * }</pre>
 *
 * <p>A region is an ISO 3166-1 country code, optionally with a subdivision as in ISO 3166-2 ({@code DE},
 * {@code DE-BY}, {@code US-CA}), in any case. Public and bank holidays are days off, on the day they are
 * observed; observances (days marked but worked) are not. The weekend is Saturday and Sunday unless given.
 */
public final class PublicHolidays {
  private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})*");

  private PublicHolidays() {}

  /**
   * A Monday-to-Friday calendar without the public holidays of a region.
   *
   * @param region a country code, optionally with subdivisions, such as {@code "DE"} or {@code "DE-BY"}
   * @return the calendar
   * @throws IllegalArgumentException if Jollyday knows no such country or subdivision
   */
  public static WorkCalendar calendar(String region) {
    return calendar(region, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  /**
   * A calendar with this weekend, without the public holidays of a region.
   *
   * @param region a country code, optionally with subdivisions, such as {@code "AE"} or {@code "US-NY"}
   * @param weekend the days of the week not worked, fewer than seven
   * @return the calendar
   * @throws IllegalArgumentException if Jollyday knows no such country or subdivision, or the weekend is
   *     the whole week
   */
  public static WorkCalendar calendar(String region, Set<DayOfWeek> weekend) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(weekend, "weekend");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region: '" + region + "' is not a country code with optional"
          + " subdivisions, such as DE or DE-BY");
    }
    if (weekend.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("weekend: " + weekend + " leaves no working day in the week");
    }
    String[] parts = region.toLowerCase(Locale.ROOT).split("-");
    String country = parts[0];
    if (!countries().contains(country.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("region: Jollyday has no public holidays for the country '"
          + country.toUpperCase(Locale.ROOT) + "'; it has " + countries());
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
    List<String> subdivisions = new ArrayList<>();
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (int i = 1; i < parts.length; i++) {
      Map<String, CalendarHierarchy> children = level.getChildren();
      String wanted = parts[i];
      level = children.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(wanted))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      if (level == null) {
        Set<String> known = new TreeSet<>();
        children.keySet().forEach(k -> known.add(k.toUpperCase(Locale.ROOT)));
        throw new IllegalArgumentException("region: '" + region + "' has no subdivision '"
            + parts[i].toUpperCase(Locale.ROOT) + "' in Jollyday; the subdivisions there are " + known);
      }
      subdivisions.add(parts[i]);
    }
    return new PublicHolidayCalendar(country, subdivisions, EnumSet.copyOf(weekend), manager);
  }

  /** The countries Jollyday knows, as upper-case ISO 3166-1 codes, in order. */
  public static Set<String> countries() {
    Set<String> codes = new TreeSet<>();
    HolidayManager.getSupportedCalendarCodes().stream()
        .filter(c -> c.length() == 2)
        .forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
    return codes;
  }
}
