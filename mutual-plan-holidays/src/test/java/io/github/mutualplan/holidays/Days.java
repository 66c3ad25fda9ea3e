package io.github.mutualplan.holidays;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the tests read off a calendar. */
final class Days {
  private Days() {}

  /** The days from Monday to Friday of a year that the calendar does not work, in order. */
  static List<LocalDate> weekdaysOff(WorkCalendar calendar, int year) {
    List<LocalDate> off = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !calendar.isWorkingDay(d)) {
        off.add(d);
      }
    }
    return off;
  }

  /** The number of days of a year that the calendar works. */
  static int workingDays(WorkCalendar calendar, int year) {
    int count = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** Parses ISO dates, for lists that read like the official ones. */
  static List<LocalDate> dates(String... isoDates) {
    return Arrays.stream(isoDates).map(LocalDate::parse).toList();
  }
}
