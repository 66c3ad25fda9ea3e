package io.github.mutualplan.holidays;

import static io.github.mutualplan.holidays.Days.dates;
import static io.github.mutualplan.holidays.Days.weekdaysOff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.calendar.WorkCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "DE" is the nine holidays every German state keeps. Source: the states' holiday laws (German Unity Day by the
 * Unification Treaty, article 2(2)), as the Federal Ministry of the Interior lists the nationwide holidays
 * (bmi.bund.de, "Feiertage"); Easter from the Gregorian computus (Easter Sunday: 5 April 2026, 28 March 2027,
 * 16 April 2028). Germany has no substitute days: a holiday on a weekend is not made up.
 */
class GermanHolidaysTest {
  static final WorkCalendar DE = PublicHolidays.calendar("DE");

  @Test
  void the2026NationwideHolidaysAreTheWeekdaysOffAndNoOthers() {
    // German Unity Day (3 October) and St Stephen's Day (26 December) are Saturdays.
    assertThat(weekdaysOff(DE, 2026)).containsExactlyElementsOf(dates(
        "2026-01-01", // Neujahr
        "2026-04-03", // Karfreitag
        "2026-04-06", // Ostermontag
        "2026-05-01", // Tag der Arbeit
        "2026-05-14", // Christi Himmelfahrt
        "2026-05-25", // Pfingstmontag
        "2026-12-25")); // 1. Weihnachtstag
  }

  @Test
  void the2027NationwideHolidaysAreTheWeekdaysOffAndNoOthers() {
    // 1 May, 3 October, 25 and 26 December fall on weekends.
    assertThat(weekdaysOff(DE, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", // Neujahr
        "2027-03-26", // Karfreitag
        "2027-03-29", // Ostermontag
        "2027-05-06", // Christi Himmelfahrt
        "2027-05-17")); // Pfingstmontag
  }

  @Test
  void the2028NationwideHolidaysAreTheWeekdaysOffAndNoOthers() {
    // New Year's Day is a Saturday.
    assertThat(weekdaysOff(DE, 2028)).containsExactlyElementsOf(dates(
        "2028-04-14", // Karfreitag
        "2028-04-17", // Ostermontag
        "2028-05-01", // Tag der Arbeit
        "2028-05-25", // Christi Himmelfahrt
        "2028-06-05", // Pfingstmontag
        "2028-10-03", // Tag der Deutschen Einheit
        "2028-12-25", // 1. Weihnachtstag
        "2028-12-26")); // 2. Weihnachtstag
  }

  @Test
  void aHolidayOnAWeekendGivesNoWeekdayOff() {
    assertThat(DE.isWorkingDay(LocalDate.of(2026, 10, 3))).as("German Unity Day, a Saturday").isFalse();
    assertThat(DE.isWorkingDay(LocalDate.of(2026, 10, 5))).as("the Monday after it").isTrue();
    assertThat(DE.isWorkingDay(LocalDate.of(2027, 12, 27))).as("the Monday after Christmas").isTrue();
    assertThat(DE.isWorkingDay(LocalDate.of(2027, 5, 3))).as("the Monday after 1 May").isTrue();
    assertThat(DE.isWorkingDay(LocalDate.of(2027, 12, 31))).as("New Year's Eve, an ordinary Friday").isTrue();
  }

  @Test
  void bavariaAddsEpiphanyCorpusChristiAndAllSaints() {
    WorkCalendar bavaria = PublicHolidays.calendar("DE-BY");

    // Bavarian Holiday Act (FTG), article 1: also Epiphany, Corpus Christi and All Saints' Day statewide.
    assertThat(weekdaysOff(bavaria, 2027)).containsExactlyElementsOf(dates(
        "2027-01-01", "2027-01-06", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17",
        "2027-05-27", // Fronleichnam
        "2027-11-01")); // Allerheiligen
  }
}
