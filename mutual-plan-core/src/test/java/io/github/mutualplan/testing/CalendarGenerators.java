package io.github.mutualplan.testing;

import io.github.mutualplan.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Working calendars for property tests: Monday to Friday, every day, a four-day week (Friday to Sunday off), and
 * Monday to Friday with up to forty holidays around a day.
 */
public final class CalendarGenerators {
  private CalendarGenerators() {}

  /** One of the calendars above, the holidays (if any) near {@code near}. */
  public static WorkCalendar calendar(Draw d, LocalDate near) {
    switch (d.between(0, 3)) {
      case 0:
        return WorkCalendar.weekdays();
      case 1:
        return WorkCalendar.everyDay();
      case 2:
        return WorkCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
      default:
        List<LocalDate> holidays = new ArrayList<>();
        for (int i = d.between(0, 40); i > 0; i--) {
          holidays.add(near.plusDays(d.between(-30, 400)));
        }
        return WorkCalendar.weekdays().withHolidays(holidays);
    }
  }
}
