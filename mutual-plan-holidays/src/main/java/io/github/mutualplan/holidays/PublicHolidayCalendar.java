package io.github.mutualplan.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/** A weekend plus the public and bank holidays of a region, computed once per year and kept. */
final class PublicHolidayCalendar implements WorkCalendar {
  private final String country;
  private final List<String> subdivisions;
  private final EnumSet<DayOfWeek> weekend;
  private final HolidayManager manager;
  private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  PublicHolidayCalendar(String country, List<String> subdivisions, EnumSet<DayOfWeek> weekend,
      HolidayManager manager) {
    this.country = country;
    this.subdivisions = List.copyOf(subdivisions);
    this.weekend = weekend;
    this.manager = manager;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !weekend.contains(date.getDayOfWeek()) && !holidays(date.getYear()).contains(date);
  }

  private Set<LocalDate> holidays(int year) {
    return holidaysByYear.computeIfAbsent(year, y -> {
      String[] path = subdivisions.toArray(String[]::new);
      // A holiday observed in the next or previous year (1 January on a Saturday) is looked up there too.
      return java.util.stream.Stream.of(y - 1, y, y + 1)
          .flatMap(in -> manager.getHolidays(Year.of(in), path).stream())
          .filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY || h.getType() == HolidayType.BANK_HOLIDAY)
          .map(Holiday::getActualDate)
          .filter(d -> d.getYear() == y)
          .collect(Collectors.toUnmodifiableSet());
    });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicHolidayCalendar
        && country.equals(((PublicHolidayCalendar) other).country)
        && subdivisions.equals(((PublicHolidayCalendar) other).subdivisions)
        && weekend.equals(((PublicHolidayCalendar) other).weekend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, subdivisions, weekend);
  }

  /** Returns the region and the weekend, for example {@code PublicHolidays[DE-BY, weekend SATURDAY, SUNDAY]}. */
  @Override
  public String toString() {
    String region = country.toUpperCase(Locale.ROOT)
        + subdivisions.stream().map(s -> "-" + s.toUpperCase(Locale.ROOT)).collect(Collectors.joining());
    return "PublicHolidays[" + region + ", weekend "
        + weekend.stream().map(DayOfWeek::name).collect(Collectors.joining(", ")) + "]";
  }
}
