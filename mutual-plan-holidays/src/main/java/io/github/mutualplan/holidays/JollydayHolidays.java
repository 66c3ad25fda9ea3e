package io.github.mutualplan.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The public and bank holidays of a Jollyday hierarchy (a country, a region of it), plus days that Jollyday's
 * data lacks.
 *
 * <p>A holiday counts on the day it is observed ({@link Holiday#getObservedDate()}, for example the Friday before
 * a Saturday Independence Day) and, when its own date ({@link Holiday#getActualDate()}) falls on a Saturday or
 * Sunday, on that date too: the weekday is a substitute for a holiday that stays one. A holiday that a country
 * moves off a weekday (Colombia's and Argentina's Monday holidays) is off on the day it is moved to only, as
 * there the weekday itself is worked.
 */
final class JollydayHolidays implements HolidaySource {
  /**
   * Columbus Day, a federal holiday (5 U.S.C. 6103(a)) that Jollyday 2.19 lists for some states only: the
   * second Monday of October since the Uniform Monday Holiday Act (1971), 12 October from 1937 to 1970.
   */
  static final IntFunction<Optional<LocalDate>> US_COLUMBUS_DAY = year -> {
    if (year >= 1971) {
      return Optional.of(LocalDate.of(year, Month.OCTOBER, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
    }
    return year >= 1937 ? Optional.of(LocalDate.of(year, Month.OCTOBER, 12)) : Optional.empty();
  };

  private final HolidayManager manager;
  private final String[] path;
  private final List<IntFunction<Optional<LocalDate>>> supplements;

  /**
   * @param manager Jollyday's manager of the country
   * @param path Jollyday's hierarchy keys below the country, empty for the country itself
   * @param supplements holidays that Jollyday's data lacks, each giving its date in a year, if any
   */
  JollydayHolidays(HolidayManager manager, List<String> path,
      List<IntFunction<Optional<LocalDate>>> supplements) {
    this.manager = manager;
    this.path = path.toArray(String[]::new);
    this.supplements = List.copyOf(supplements);
  }

  @Override
  public YearDays daysOf(int year) {
    Set<LocalDate> off = new HashSet<>();
    // A holiday of one year can be observed in the one before (1 January on a Saturday, observed on 31
    // December in the US) or the one after, so the neighbouring years are asked too.
    // Jollyday returns a set of holidays that are equal when their observed date, name and type are: of two
    // holidays of one name observed on the same day it keeps one. The day stays off; the other's own date,
    // where it differs, is a Saturday or Sunday, missed only by a calendar whose weekend is another.
    for (int in = year - 1; in <= year + 1; in++) {
      for (Holiday holiday : manager.getHolidays(Year.of(in), path)) {
        if (holiday.getType() != HolidayType.PUBLIC_HOLIDAY && holiday.getType() != HolidayType.BANK_HOLIDAY) {
          continue; // an observance is marked but worked
        }
        LocalDate actual = holiday.getActualDate();
        LocalDate observed = holiday.getDate(); // the observed date if the holiday was moved, else the actual
        off.add(observed);
        if (!observed.equals(actual) && isSaturdayOrSunday(actual)) {
          off.add(actual);
        }
      }
    }
    for (IntFunction<Optional<LocalDate>> supplement : supplements) {
      supplement.apply(year).ifPresent(off::add);
    }
    off.removeIf(d -> d.getYear() != year);
    return new YearDays(off, Set.of());
  }

  private static boolean isSaturdayOrSunday(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
