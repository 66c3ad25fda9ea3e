package io.github.mutualplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days a side of the deal works. Each side has its own (a buyer in Germany, a seller in the US); a
 * commitment's dates count in the calendar of the side that owes it.
 *
 * <pre>{@code
 * WorkCalendar seller = WorkCalendar.weekdays().withHolidays(List.of(LocalDate.of(2027, 7, 5)));
 * WorkCalendar buyer = PublicHolidays.calendar("DE", "BY"); // module mutual-plan-holidays
 * }</pre>
 *
 * <p>Implementations answer for any date, have value equality, and have at least one working day in every 31
 * consecutive days (the scheduler refuses a calendar that does not). They must be immutable and safe to share
 * between threads, as the calendars of this interface's factories are: one calendar serves every schedule.
 *
 * @since 0.1.0
 */
public interface WorkCalendar {
  /** Whether the side works on this day. */
  boolean isWorkingDay(LocalDate date);

  /** Every day is a working day, as in textbook critical-path networks. */
  static WorkCalendar everyDay() {
    return FixedWorkCalendar.EVERY_DAY;
  }

  /** Monday to Friday, without holidays. */
  static WorkCalendar weekdays() {
    return FixedWorkCalendar.WEEKDAYS;
  }

  /**
   * A calendar with these days off every week and these holidays.
   *
   * @param weekend the days of the week not worked, fewer than seven
   * @param holidays the dates not worked
   * @return the calendar
   * @throws IllegalArgumentException if every day of the week is a weekend day
   */
  static WorkCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    return FixedWorkCalendar.create(weekend, holidays);
  }

  /**
   * This calendar with these days off too, for example company shutdown days.
   *
   * @param holidays more dates not worked
   * @return the combined calendar
   */
  default WorkCalendar withHolidays(Collection<LocalDate> holidays) {
    return WithHolidays.create(this, holidays);
  }
}
