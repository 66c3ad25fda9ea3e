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
 * "GB" is the bank holidays of England and Wales. Source: GOV.UK, "UK bank holidays", England and Wales
 * (www.gov.uk/bank-holidays), for 2026, 2027 and 2028: when a bank holiday falls on a weekend, a substitute
 * weekday becomes a bank holiday, normally the following Monday. Scotland and Northern Ireland: the same page's
 * lists for them.
 */
class BritishBankHolidaysTest {
  static final WorkCalendar GB = PublicHolidays.calendar("GB");

  @Test
  void theSubstituteDaysThatUsersFoundWorkingAreDaysOff() {
    assertThat(GB.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day (Saturday) substitute").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 12, 27))).as("Christmas Day (Saturday) substitute").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 12, 28))).as("Boxing Day (Sunday) substitute").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2028, 1, 3))).as("New Year's Day (Saturday) substitute").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 8, 30))).as("Summer bank holiday").isFalse();
  }

  @Test
  void the2026BankHolidaysOfEnglandAndWalesAreTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(GB, 2026)).containsExactlyElementsOf(dates(
        "2026-01-01", // New Year's Day
        "2026-04-03", // Good Friday
        "2026-04-06", // Easter Monday
        "2026-05-04", // Early May bank holiday
        "2026-05-25", // Spring bank holiday
        "2026-08-31", // Summer bank holiday
        "2026-12-25", // Christmas Day
        "2026-12-28")); // Boxing Day (substitute day)
  }

  @Test
  void the2027BankHolidaysOfEnglandAndWalesAreTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(GB, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", // New Year's Day
        "2027-03-26", // Good Friday
        "2027-03-29", // Easter Monday
        "2027-05-03", // Early May bank holiday
        "2027-05-31", // Spring bank holiday
        "2027-08-30", // Summer bank holiday
        "2027-12-27", // Christmas Day (substitute day)
        "2027-12-28")); // Boxing Day (substitute day)
  }

  @Test
  void the2028BankHolidaysOfEnglandAndWalesAreTheWeekdaysOffAndNoOthers() {
    assertThat(weekdaysOff(GB, 2028)).containsExactlyElementsOf(dates(
        "2028-01-03", // New Year's Day (substitute day)
        "2028-04-14", // Good Friday
        "2028-04-17", // Easter Monday
        "2028-05-01", // Early May bank holiday
        "2028-05-29", // Spring bank holiday
        "2028-08-28", // Summer bank holiday
        "2028-12-25", // Christmas Day
        "2028-12-26")); // Boxing Day
  }

  @Test
  void aBankHolidayOnASaturdayStaysOffAndAnOrdinaryFridayIsWorked() {
    assertThat(GB.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Boxing Day, a Saturday").isFalse();
    assertThat(GB.isWorkingDay(LocalDate.of(2026, 12, 29))).as("the Tuesday after").isTrue();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 12, 29))).as("the Wednesday after two substitutes").isTrue();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 12, 31))).as("New Year's Eve, a Friday").isTrue();
    assertThat(GB.isWorkingDay(LocalDate.of(2027, 12, 24))).as("Christmas Eve, a Friday").isTrue();

    WorkCalendar sixDays = PublicHolidays.calendar("GB", EnumSet.of(DayOfWeek.SUNDAY));
    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Boxing Day itself").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 12, 28))).as("its substitute").isFalse();
    assertThat(sixDays.isWorkingDay(LocalDate.of(2026, 12, 19))).as("an ordinary Saturday").isTrue();
  }

  @Test
  void englandAndWalesByTheirIsoCodesHaveTheSameDays() {
    for (String region : new String[] {"GB-ENG", "GB-WLS", "GB-CYM", "GB-EAW", "gb-eng"}) {
      WorkCalendar calendar = PublicHolidays.calendar(region);
      for (int year = 2026; year <= 2028; year++) {
        assertThat(weekdaysOff(calendar, year)).as("%s %s", region, year).isEqualTo(weekdaysOff(GB, year));
      }
    }
  }

  @Test
  void scotlandHasItsOwnBankHolidays() {
    WorkCalendar scotland = PublicHolidays.calendar("GB-SCT");

    assertThat(weekdaysOff(scotland, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", // New Year's Day
        "2027-01-04", // 2nd January (substitute day)
        "2027-03-26", // Good Friday
        "2027-05-03", // Early May bank holiday
        "2027-05-31", // Spring bank holiday
        "2027-08-02", // Summer bank holiday, the first Monday of August
        "2027-11-30", // St Andrew's Day
        "2027-12-27", // Christmas Day (substitute day)
        "2027-12-28")); // Boxing Day (substitute day)
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday").isTrue();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 30))).as("England's summer bank holiday").isTrue();
    assertThat(scotland.isWorkingDay(LocalDate.of(2028, 1, 3))).as("New Year's Day (substitute day)").isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2028, 1, 4))).as("2nd January (substitute day)").isFalse();
  }

  @Test
  void northernIrelandHasItsOwnBankHolidays() {
    WorkCalendar northernIreland = PublicHolidays.calendar("GB-NIR");

    assertThat(weekdaysOff(northernIreland, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", // New Year's Day
        "2027-03-17", // St Patrick's Day
        "2027-03-26", // Good Friday
        "2027-03-29", // Easter Monday
        "2027-05-03", // Early May bank holiday
        "2027-05-31", // Spring bank holiday
        "2027-07-12", // Battle of the Boyne (Orangemen's Day)
        "2027-08-30", // Summer bank holiday
        "2027-12-27", // Christmas Day (substitute day)
        "2027-12-28")); // Boxing Day (substitute day)
  }
}
