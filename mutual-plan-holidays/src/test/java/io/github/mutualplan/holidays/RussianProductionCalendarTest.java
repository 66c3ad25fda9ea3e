package io.github.mutualplan.holidays;

import static io.github.mutualplan.holidays.Days.dates;
import static io.github.mutualplan.holidays.Days.weekdaysOff;
import static io.github.mutualplan.holidays.Days.workingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "RU" is the production calendar of the five-day week. Sources: the Labor Code of the Russian Federation,
 * article 112 (part 1: the non-working holidays 1 to 8 January, 23 February, 8 March, 1 May, 9 May, 12 June,
 * 4 November; part 2: a holiday on a weekend moves the day off to the next working day, except in January),
 * and for 2026 Government Decree No. 1466 of 24 September 2025 "On the transfer of days off in 2026" (Saturday
 * 3 January to Friday 9 January, Sunday 4 January to Thursday 31 December). No decree for 2027 or 2028 was
 * published when this was written, so those years are the Labor Code's days alone.
 */
class RussianProductionCalendarTest {
  static final WorkCalendar RU = PublicHolidays.calendar("RU");

  @Test
  void theNewYearHolidaysOnAMondayThatUsersFoundWorkingAreDaysOff() {
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 1, 5))).isFalse();
    assertThat(RU.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
    assertThat(RU.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
  }

  @Test
  void the2026ProductionCalendarIsTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(RU, 2026)).containsExactlyElementsOf(dates(
        "2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", // art. 112
        "2026-01-09", // moved from Saturday 3 January by Decree No. 1466
        "2026-02-23", // Defender of the Fatherland Day
        "2026-03-09", // for 8 March, a Sunday (art. 112 part 2)
        "2026-05-01", // Spring and Labour Day
        "2026-05-11", // for 9 May, a Saturday (art. 112 part 2)
        "2026-06-12", // Russia Day
        "2026-11-04", // Unity Day
        "2026-12-31")); // moved from Sunday 4 January by Decree No. 1466
  }

  @Test
  void in2026TheFiveDayWeekHas247WorkingDays() {
    // As the production calendar for 2026 counts them: 247 working days and 118 days off.
    assertThat(workingDays(RU, 2026)).isEqualTo(247);
  }

  @Test
  void the2027LaborCodeDaysAreTheWeekdaysOff() {
    assertThat(weekdaysOff(RU, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08", // art. 112
        "2027-02-23", // Defender of the Fatherland Day
        "2027-03-08", // International Women's Day
        "2027-05-03", // for 1 May, a Saturday
        "2027-05-10", // for 9 May, a Sunday
        "2027-06-14", // for 12 June, a Saturday
        "2027-11-04")); // Unity Day
  }

  @Test
  void the2028LaborCodeDaysAreTheWeekdaysOff() {
    assertThat(weekdaysOff(RU, 2028)).containsExactlyElementsOf(dates(
        "2028-01-03", "2028-01-04", "2028-01-05", "2028-01-06", "2028-01-07", // art. 112
        "2028-02-23", // Defender of the Fatherland Day
        "2028-03-08", // International Women's Day
        "2028-05-01", // Spring and Labour Day
        "2028-05-09", // Victory Day
        "2028-06-12", // Russia Day
        "2028-11-06")); // for 4 November, a Saturday
  }

  @Test
  void withoutADecreeTheJanuaryWeekendDaysAreMovedNowhere() {
    // Art. 112 part 2 leaves the January weekend days to the decree, which for 2027 and 2028 is not known.
    assertThat(RU.isWorkingDay(LocalDate.of(2027, 1, 11))).as("the Monday after the 2027 holidays").isTrue();
    assertThat(RU.isWorkingDay(LocalDate.of(2028, 1, 10))).as("the Monday after the 2028 holidays").isTrue();
    assertThat(RU.isWorkingDay(LocalDate.of(2027, 12, 31))).as("31 December 2027").isTrue();
  }

  @Test
  void aHolidayOnAWeekendStaysOffAndOrdinaryDaysAreAsTheyWere() {
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 5, 9))).as("Victory Day, a Saturday").isFalse();
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 5, 10))).as("a Sunday").isFalse();
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 5, 12))).as("the Tuesday after").isTrue();
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 1, 12))).as("the Monday after the 2026 holidays").isTrue();
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 5, 8))).as("an ordinary Friday").isTrue();
    assertThat(RU.isWorkingDay(LocalDate.of(2026, 1, 3))).as("3 January 2026, a Saturday").isFalse();

    WorkCalendar sixDays = PublicHolidays.calendar("RU", EnumSet.of(DayOfWeek.SUNDAY));
    assertThat(sixDays.isWorkingDay(LocalDate.of(2027, 5, 1))).as("1 May, a Saturday").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2027, 5, 3))).as("the Monday for it").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2027, 5, 15))).as("an ordinary Saturday").isTrue();
  }

  @Test
  void aTransferFromAPlainWeekendDayMakesItAWorkingDay() {
    // A made-up decree: besides a January transfer, one from a plain Saturday, as some years have had.
    HolidaySource.YearDays days = RussianProductionCalendar.daysOf(2026, List.of(
        new RussianProductionCalendar.Transfer(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 9)),
        new RussianProductionCalendar.Transfer(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 5))));

    assertThat(days.off()).contains(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 11, 5))
        .doesNotContain(LocalDate.of(2026, 11, 7));
    assertThat(days.working()).containsExactly(LocalDate.of(2026, 11, 7));
  }

  @Test
  void theDecreeTableNamesItsSource() {
    assertThat(RussianProductionCalendar.DECREES).containsOnlyKeys(2026);
    assertThat(RussianProductionCalendar.DECREES.get(2026).source())
        .isEqualTo("Government Decree No. 1466 of 24 September 2025");
  }

  @Test
  void russiaHasOneCalendarForEveryRegion() {
    assertThatThrownBy(() -> PublicHolidays.calendar("RU-MOW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region: 'RU-MOW' has no subdivision 'MOW': Russia's production calendar is the same in"
            + " every region; use RU");
    assertThat(PublicHolidays.calendar("ru")).isEqualTo(RU)
        .hasToString("PublicHolidays[RU, weekend SATURDAY, SUNDAY]");
  }
}
