package io.github.mutualplan.holidays;

import java.time.LocalDate;
import java.util.Set;

/** Where a calendar's days off of a year come from: Jollyday's data, or a country's own rules. */
interface HolidaySource {
  /**
   * The days of a year that differ from the weekly pattern.
   *
   * @param year the year
   * @return the year's days off, and the weekend days made working days, all in that year
   */
  YearDays daysOf(int year);

  /**
   * The days of one year that differ from the weekly pattern.
   *
   * @param off the days not worked: holidays on their own date and on the day they are observed, and the days
   *     off a government moved onto a weekday
   * @param working the days worked although they fall on the weekend, by a government's transfer of days off
   */
  record YearDays(Set<LocalDate> off, Set<LocalDate> working) {
    public YearDays {
      off = Set.copyOf(off);
      working = Set.copyOf(working);
    }
  }
}
