package io.github.mutualplan.insights;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.LocalDate;

/** Counting working days, as the generator lays steps out and as the calibrator measures them. */
final class WorkingDays {
  private WorkingDays() {}

  /** The first working day on or after this day. */
  static LocalDate onOrAfter(WorkCalendar calendar, LocalDate day) {
    LocalDate d = day;
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The working day on which work of {@code days} working days that starts on working day {@code start} ends. */
  static LocalDate finish(WorkCalendar calendar, LocalDate start, int days) {
    LocalDate d = start;
    for (int left = days - 1; left > 0; left--) {
      d = onOrAfter(calendar, d.plusDays(1));
    }
    return d;
  }

  /** The working days from {@code start} to {@code end}, both counted; 0 when {@code end} is before it. */
  static int between(WorkCalendar calendar, LocalDate start, LocalDate end) {
    int days = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }
}
