package io.github.mutualplan.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Working calendars that know the public holidays of a country, or of a region of it, for any year: a buyer
 * in Bavaria does not work on Epiphany, a seller in the US not on Thanksgiving. The holidays come from
 * <a href="https://github.com/focus-shift/jollyday">Jollyday</a>, except Russia's (see below).
 *
 * <pre>{@code
 * WorkCalendar buyer = PublicHolidays.calendar("DE-BY");   // Germany, Bavaria
 * WorkCalendar seller = PublicHolidays.calendar("US");     // US federal holidays, on their observed days
 * Scheduler scheduler = Scheduler.of(ScheduleOptions.of(buyer, seller));
 * }</pre>
 *
 * <h2>Regions</h2>
 *
 * <p>A region is an ISO 3166-1 country code, optionally with an ISO 3166-2 subdivision ({@code DE-BY},
 * {@code US-NY}, {@code GB-SCT}), in any case. Where ISO's code and Jollyday's key for a region differ, the ISO
 * code is mapped to Jollyday's: {@code GB-CYM} (ISO's Welsh code for Wales) is {@code GB-WLS}, and
 * {@code GB-EAW} (England and Wales) is {@code GB}. Below a subdivision Jollyday's own keys name smaller regions
 * where it has them ({@code DE-BY-AG}, Augsburg).
 *
 * <p>Where holidays are regional, a country code alone means what a business there calls its public holidays:
 *
 * <ul>
 *   <li>{@code GB}: the bank holidays of England and Wales, as GOV.UK lists them, with their substitute days.
 *       {@code GB-ENG} and {@code GB-WLS} have the same days; {@code GB-SCT} (Scotland) and {@code GB-NIR}
 *       (Northern Ireland) have their own.
 *   <li>{@code US}: the federal holidays of 5 U.S.C. 6103 on the days the Office of Personnel Management gives
 *       them: a holiday on a Saturday is observed on the Friday before, one on a Sunday on the Monday after.
 *       {@code US-NY} and the other states add the state's holidays, as Jollyday lists them, to the federal
 *       ones.
 *   <li>{@code DE}: the holidays of every German state (New Year, Good Friday, Easter Monday, 1 May, Ascension,
 *       Whit Monday, German Unity Day, Christmas and St Stephen's Day); {@code DE-BY} and the other states add
 *       their own. Germany has no substitute days: a holiday on a Sunday is lost.
 *   <li>{@code RU}: the non-working days of the Russian production calendar for the five-day week: the
 *       holidays of the Labor Code, article 112 (1 to 8 January, 23 February, 8 March, 1 and 9 May, 12 June,
 *       4 November); a holiday on a Saturday or Sunday makes the next working day a day off, except in
 *       January; and the days off moved by the government's decree for the year, for the years whose decree
 *       this library holds (2026: Decree No. 1466 of 24 September 2025, which makes 9 January and 31 December
 *       days off). The calendar is the same in every Russian region; {@code RU-} with a subdivision is refused.
 *   <li>Any other country: Jollyday's holidays common to all of it.
 * </ul>
 *
 * <h2>Which days are off</h2>
 *
 * <p>Public and bank holidays are days off; observances (days marked but worked) are not. A holiday is off on
 * the day it is observed, and when its own date falls on a Saturday or Sunday, on that date as well: Independence
 * Day 2026, a Saturday, is off on Saturday 4 July and on Friday 3 July, so that a calendar whose weekend is
 * Sunday alone still has both. A holiday that a country moves off a weekday (Colombia's and Argentina's Monday
 * holidays) is off on the day it is moved to only. The observed days are those of a Monday-to-Friday week,
 * whatever weekend the calendar is given. The weekend is Saturday and Sunday unless given.
 *
 * <h2>Which years are exact</h2>
 *
 * <ul>
 *   <li>{@code US}: every year since 2021 (when Juneteenth was added). Days off given by executive order
 *       (Christmas Eve in some years) and Inauguration Day (for the Washington, D.C. area only) are not included.
 *   <li>{@code GB}: the bank holidays that follow from the Banking and Financial Dealings Act 1971 and its
 *       usual substitute days, and the one-off bank holidays proclaimed up to Jollyday 2.19's data; a one-off
 *       bank holiday proclaimed later is missing until Jollyday has it.
 *   <li>{@code DE}: every year since 1995; the holidays are fixed by the states' laws.
 *   <li>{@code RU}: 2026. Any other year has the Labor Code's days only: the January weekend days that coincide
 *       with the holidays are moved nowhere, and no Saturday is made a working day, so such a year has,
 *       typically, two days off fewer than its production calendar. The decree for a year is published in the
 *       autumn before it; a later version of this library adds it.
 * </ul>
 *
 * <p>Calendars are equal when their region (after mapping) and weekend are; each computes a year's holidays
 * once, when first asked, and keeps them. The class keeps no state, and its calendars are safe to share between
 * threads (they keep the years in a concurrent map).
 *
 * @since 0.1.0
 */
public final class PublicHolidays {
  private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})*");
  private static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  /** ISO 3166-2 codes that name the same region as another code, by that code. */
  private static final Map<String, String> ISO_ALIASES = Map.of(
      "GB-CYM", "GB-WLS",  // Wales, by its Welsh name Cymru
      "GB-EAW", "GB");     // England and Wales, which GB means

  /** Jollyday's hierarchy keys for a region whose code alone does not give them. */
  private static final Map<String, List<String>> JOLLYDAY_KEYS = Map.of(
      "GB", List.of("eng"));  // Jollyday's "gb" alone lacks Easter Monday and the summer bank holiday

  /** Holidays that Jollyday's data of a country lacks, for the country and every region of it. */
  private static final Map<String, List<IntFunction<Optional<LocalDate>>>> SUPPLEMENTS = Map.of(
      "US", List.of(JollydayHolidays.US_COLUMBUS_DAY));

  private PublicHolidays() {}

  /**
   * A Monday-to-Friday calendar without the public holidays of a region.
   *
   * @param region a country code, optionally with subdivisions, such as {@code "DE"}, {@code "DE-BY"} or
   *     {@code "GB-SCT"}
   * @return the calendar
   * @throws IllegalArgumentException if Jollyday knows no such country or subdivision
   */
  public static WorkCalendar calendar(String region) {
    return calendar(region, SATURDAY_AND_SUNDAY);
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
    EnumSet<DayOfWeek> days = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
    List<String> parts = new ArrayList<>(Arrays.asList(region.toUpperCase(Locale.ROOT).split("-")));
    String country = parts.get(0);
    if (!countries().contains(country)) {
      throw new IllegalArgumentException("region: Jollyday has no public holidays for the country '"
          + country + "'; it has " + countries());
    }
    if (parts.size() > 1) {
      String alias = ISO_ALIASES.get(country + "-" + parts.get(1));
      if (alias != null) {
        parts.subList(0, 2).clear();
        parts.addAll(0, Arrays.asList(alias.split("-")));
      }
    }
    String code = String.join("-", parts);

    if (country.equals("RU")) {
      if (parts.size() > 1) {
        throw new IllegalArgumentException("region: '" + region + "' has no subdivision '" + parts.get(1)
            + "': Russia's production calendar is the same in every region; use RU");
      }
      return new PublicHolidayCalendar(code, days, RussianProductionCalendar.INSTANCE);
    }

    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
    List<String> keys = JOLLYDAY_KEYS.getOrDefault(code,
        parts.subList(1, parts.size()).stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (String key : keys) {
      Map<String, CalendarHierarchy> children = level.getChildren();
      level = children.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      if (level == null) {
        Set<String> known = new TreeSet<>();
        children.keySet().forEach(k -> known.add(k.toUpperCase(Locale.ROOT)));
        throw new IllegalArgumentException("region: '" + region + "' has no subdivision '"
            + key.toUpperCase(Locale.ROOT) + "' in Jollyday; the subdivisions there are " + known);
      }
    }
    return new PublicHolidayCalendar(code, days,
        new JollydayHolidays(manager, keys, SUPPLEMENTS.getOrDefault(country, List.of())));
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
