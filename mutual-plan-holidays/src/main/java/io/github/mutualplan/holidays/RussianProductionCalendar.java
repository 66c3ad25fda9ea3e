package io.github.mutualplan.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The non-working days of the Russian Federation's production calendar for the five-day week (Saturday and
 * Sunday off), from the Labor Code and the government's yearly decree on the transfer of days off.
 *
 * <ul>
 *   <li>Labor Code, article 112, part 1: the non-working holidays are 1 to 6 and 8 January (New Year holidays),
 *       7 January (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June and 4 November.
 *   <li>Part 2: when a holiday falls on a Saturday or Sunday, the day off moves to the next working day after
 *       the holiday; not so for the January holidays, whose weekend days the government moves by decree.
 *   <li>Part 5: the government's decree moves days off to other days of the year ({@link #DECREES}). A day off
 *       moved from a holiday on a weekend replaces part 2's move; one moved from a plain Saturday or Sunday
 *       makes that day a working day.
 * </ul>
 *
 * <p>A year whose decree is in {@link #DECREES} is exact. Any other year has part 1 and part 2 only: the January
 * weekend days that coincide with the holidays are moved nowhere, and no weekend day is made a working day, so
 * the calendar has fewer days off than the decree for that year will give (two, typically).
 */
final class RussianProductionCalendar implements HolidaySource {
  static final RussianProductionCalendar INSTANCE = new RussianProductionCalendar();

  /** Labor Code of the Russian Federation, article 112, part 1, as in force since 2013. */
  static final List<MonthDay> NON_WORKING_HOLIDAYS = List.of(
      MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.JANUARY, 2), MonthDay.of(Month.JANUARY, 3),
      MonthDay.of(Month.JANUARY, 4), MonthDay.of(Month.JANUARY, 5), MonthDay.of(Month.JANUARY, 6),
      MonthDay.of(Month.JANUARY, 7), MonthDay.of(Month.JANUARY, 8), MonthDay.of(Month.FEBRUARY, 23),
      MonthDay.of(Month.MARCH, 8), MonthDay.of(Month.MAY, 1), MonthDay.of(Month.MAY, 9),
      MonthDay.of(Month.JUNE, 12), MonthDay.of(Month.NOVEMBER, 4));

  /** A day off moved by a decree: from a day (a holiday on a weekend, or a Saturday or Sunday) to another. */
  record Transfer(LocalDate from, LocalDate to) {}

  /** A government decree on the transfer of days off in one year, with the text it is cited by. */
  record Decree(String source, List<Transfer> transfers) {}

  /**
   * The decrees known for certain, by year. Each year added here becomes exact; the tests name the dates.
   *
   * <ul>
   *   <li>2026: Government Decree No. 1466 of 24 September 2025 "On the transfer of days off in 2026"
   *       (Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»):
   *       from Saturday 3 January to Friday 9 January, from Sunday 4 January to Thursday 31 December.
   * </ul>
   */
  static final Map<Integer, Decree> DECREES = Map.of(
      2026, new Decree("Government Decree No. 1466 of 24 September 2025", List.of(
          new Transfer(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 9)),
          new Transfer(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 12, 31)))));

  private RussianProductionCalendar() {}

  @Override
  public YearDays daysOf(int year) {
    return daysOf(year, DECREES.containsKey(year) ? DECREES.get(year).transfers() : List.of());
  }

  /** The days of a year by the Labor Code and these transfers of its decree. */
  static YearDays daysOf(int year, List<Transfer> transfers) {
    Set<LocalDate> holidays = NON_WORKING_HOLIDAYS.stream().map(d -> d.atYear(year))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<LocalDate> movedByDecree = transfers.stream().map(Transfer::from).collect(Collectors.toSet());

    Set<LocalDate> off = new HashSet<>(holidays);
    Set<LocalDate> working = new HashSet<>();
    for (LocalDate holiday : holidays) {
      if (isWeekend(holiday) && holiday.getMonth() != Month.JANUARY && !movedByDecree.contains(holiday)) {
        LocalDate next = holiday.plusDays(1);
        while (isWeekend(next) || off.contains(next)) {
          next = next.plusDays(1);
        }
        off.add(next);
      }
    }
    for (Transfer transfer : transfers) {
      off.add(transfer.to());
      if (!holidays.contains(transfer.from())) {
        working.add(transfer.from());
      }
    }
    return new YearDays(off, working);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
