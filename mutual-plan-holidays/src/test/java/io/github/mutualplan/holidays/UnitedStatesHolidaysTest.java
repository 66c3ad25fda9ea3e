package io.github.mutualplan.holidays;

import static io.github.mutualplan.holidays.Days.dates;
import static io.github.mutualplan.holidays.Days.weekdaysOff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * "US" is the federal holidays on the days federal employees have them off. Source: the Office of Personnel
 * Management's federal holidays page (opm.gov, Policy, Data, Oversight: Pay &amp; Leave: Federal Holidays) for
 * 2026, 2027 and 2028, and 5 U.S.C. 6103(a) and (b): a holiday on a Saturday is observed on the Friday before,
 * one on a Sunday on the Monday after.
 */
class UnitedStatesHolidaysTest {
  static final WorkCalendar US = PublicHolidays.calendar("US");

  @Test
  void theObservedDaysThatUsersFoundWorkingAreDaysOff() {
    assertThat(US.isWorkingDay(LocalDate.of(2026, 7, 3))).as("Independence Day (Saturday) observed").isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 7, 5))).as("Independence Day (Sunday) observed").isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 12, 24))).as("Christmas Day (Saturday) observed").isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 12, 31))).as("New Year's Day 2028 (Saturday) observed")
        .isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2028, 11, 10))).as("Veterans Day (Saturday) observed").isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 6, 18))).as("Juneteenth (Saturday) observed").isFalse();
  }

  @Test
  void the2026FederalHolidaysAreTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(US, 2026)).containsExactlyElementsOf(dates(
        "2026-01-01", // New Year's Day
        "2026-01-19", // Birthday of Martin Luther King, Jr.
        "2026-02-16", // Washington's Birthday
        "2026-05-25", // Memorial Day
        "2026-06-19", // Juneteenth National Independence Day
        "2026-07-03", // Independence Day, observed (4 July is a Saturday)
        "2026-09-07", // Labor Day
        "2026-10-12", // Columbus Day
        "2026-11-11", // Veterans Day
        "2026-11-26", // Thanksgiving Day
        "2026-12-25")); // Christmas Day
  }

  @Test
  void the2027FederalHolidaysAreTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(US, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", // New Year's Day
        "2027-01-18", // Birthday of Martin Luther King, Jr.
        "2027-02-15", // Washington's Birthday
        "2027-05-31", // Memorial Day
        "2027-06-18", // Juneteenth, observed (19 June is a Saturday)
        "2027-07-05", // Independence Day, observed (4 July is a Sunday)
        "2027-09-06", // Labor Day
        "2027-10-11", // Columbus Day
        "2027-11-11", // Veterans Day
        "2027-11-25", // Thanksgiving Day
        "2027-12-24", // Christmas Day, observed (25 December is a Saturday)
        "2027-12-31")); // New Year's Day 2028, observed (1 January 2028 is a Saturday)
  }

  @Test
  void the2028FederalHolidaysAreTheWeekdaysOffAndNoOthers() {
    // New Year's Day 2028 is a Saturday, observed on Friday 31 December 2027: 2028 has no weekday for it.
    assertThat(weekdaysOff(US, 2028)).containsExactlyElementsOf(dates(
        "2028-01-17", // Birthday of Martin Luther King, Jr.
        "2028-02-21", // Washington's Birthday
        "2028-05-29", // Memorial Day
        "2028-06-19", // Juneteenth National Independence Day
        "2028-07-04", // Independence Day
        "2028-09-04", // Labor Day
        "2028-10-09", // Columbus Day
        "2028-11-10", // Veterans Day, observed (11 November is a Saturday)
        "2028-11-23", // Thanksgiving Day
        "2028-12-25")); // Christmas Day
  }

  @Test
  void aSaturdayHolidayStaysOffAndTheDaysAroundItStayAsTheyAre() {
    assertThat(US.isWorkingDay(LocalDate.of(2026, 7, 4))).as("Independence Day, a Saturday").isFalse();
    assertThat(US.isWorkingDay(LocalDate.of(2026, 7, 2))).as("the Thursday before").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2026, 7, 6))).as("the Monday after").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2026, 7, 10))).as("an ordinary Friday").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 7, 2))).as("no Friday for a Sunday holiday").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2027, 12, 27))).as("no Monday for a Saturday Christmas").isTrue();
  }

  @Test
  void withSundayAloneOffAHolidayOnASaturdayIsOffOnBothDays() {
    WorkCalendar sixDays = PublicHolidays.calendar("US", EnumSet.of(DayOfWeek.SUNDAY));

    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 7, 3))).as("observed Friday").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 7, 4))).as("Independence Day itself").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 7, 11))).as("an ordinary Saturday").isTrue();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2027, 12, 25))).as("Christmas Day, a Saturday").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2028, 1, 1))).as("New Year's Day, a Saturday").isFalse();
  }

  @Test
  void goodFridayAndChristmasEveOfAnOrdinaryYearAreFederalWorkingDays() {
    assertThat(US.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Christmas Eve, a Thursday").isTrue();
    assertThat(US.isWorkingDay(LocalDate.of(2026, 11, 27))).as("the day after Thanksgiving").isTrue();
  }

  @Test
  void aStateAddsItsHolidaysToTheFederalOnes() {
    WorkCalendar newYork = PublicHolidays.calendar("US-NY");

    // Federal days, including their observed days and Columbus Day, hold in every state.
    assertThat(newYork.isWorkingDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(newYork.isWorkingDay(LocalDate.of(2027, 10, 11))).isFalse();
    assertThat(weekdaysOff(newYork, 2027)).containsAll(weekdaysOff(US, 2027));
    // Good Friday is a state holiday in Connecticut (Conn. Gen. Stat. 1-4), not federally.
    assertThat(PublicHolidays.calendar("US-CT").isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    assertThat(newYork.isWorkingDay(LocalDate.of(2027, 3, 26))).isTrue();
  }
}
