/**
 * mutual-plan holidays: {@link io.github.mutualplan.calendar.WorkCalendar}s that know the public holidays of
 * a country or one of its regions, of any year, from the Jollyday library; and the
 * {@link io.github.mutualplan.calendar.CalendarProvider} that lets a plan name them ({@code DE-BY}, {@code US}).
 */
module io.github.mutualplan.holidays {
  requires transitive io.github.mutualplan;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires de.focus_shift.jollyday.core;

  exports io.github.mutualplan.holidays;

  provides io.github.mutualplan.calendar.CalendarProvider with io.github.mutualplan.holidays.PublicHolidayCalendars;
}
