/**
 * mutual-plan holidays: {@link io.github.mutualplan.schedule.WorkCalendar}s that know the public holidays of
 * a country or one of its regions, of any year, from the Jollyday library.
 */
module io.github.mutualplan.holidays {
  requires transitive io.github.mutualplan;
  requires static org.immutables.value.annotations;
  requires de.focus_shift.jollyday.core;

  exports io.github.mutualplan.holidays;
}
