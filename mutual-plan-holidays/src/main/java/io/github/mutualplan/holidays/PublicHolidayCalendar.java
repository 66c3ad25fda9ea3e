package io.github.mutualplan.holidays;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * A weekend plus the public and bank holidays of a region, computed once per year and kept.
 *
 * <p>Two calendars are equal when they are of the same region and weekend: the region names its holidays.
 */
final class PublicHolidayCalendar implements WorkCalendar {
  private final String region;
  private final EnumSet<DayOfWeek> weekend;
  private final HolidaySource source;
  private final ConcurrentMap<Integer, HolidaySource.YearDays> daysByYear = new ConcurrentHashMap<>();

  /**
   * @param region the region's code, upper case, as {@link PublicHolidays} names it ({@code GB}, {@code DE-BY})
   * @param weekend the days of the week not worked
   * @param source the region's holidays
   */
  PublicHolidayCalendar(String region, EnumSet<DayOfWeek> weekend, HolidaySource source) {
    this.region = region;
    this.weekend = EnumSet.copyOf(weekend);
    this.source = source;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    HolidaySource.YearDays days = daysByYear.computeIfAbsent(date.getYear(), source::daysOf);
    if (days.off().contains(date)) {
      return false;
    }
    return days.working().contains(date) || !weekend.contains(date.getDayOfWeek());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicHolidayCalendar
        && region.equals(((PublicHolidayCalendar) other).region)
        && weekend.equals(((PublicHolidayCalendar) other).weekend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, weekend);
  }

  /** Returns the region and the weekend, for example {@code PublicHolidays[DE-BY, weekend SATURDAY, SUNDAY]}. */
  @Override
  public String toString() {
    return "PublicHolidays[" + region + ", weekend "
        + weekend.stream().map(DayOfWeek::name).collect(Collectors.joining(", ")) + "]";
  }
}
