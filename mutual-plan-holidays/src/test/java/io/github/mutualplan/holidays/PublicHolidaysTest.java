package io.github.mutualplan.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {
  @Test
  void aGermanCalendarKnowsGermanPublicHolidaysOfAnyYear() {
    WorkCalendar germany = PublicHolidays.calendar("DE");

    for (int year : new int[] {2027, 2028, 2041}) {
      assertThat(germany.isWorkingDay(LocalDate.of(year, 10, 3))).as("German Unity Day %s", year).isFalse();
      assertThat(germany.isWorkingDay(LocalDate.of(year, 12, 25))).as("Christmas Day %s", year).isFalse();
      assertThat(germany.isWorkingDay(LocalDate.of(year, 12, 26))).as("St Stephen's Day %s", year).isFalse();
    }
    assertThat(germany.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
    assertThat(germany.isWorkingDay(LocalDate.of(2041, 4, 22))).as("Easter Monday 2041").isFalse();
    assertThat(germany.isWorkingDay(LocalDate.of(2027, 3, 25))).as("Maundy Thursday").isTrue();
    assertThat(germany.isWorkingDay(LocalDate.of(2027, 3, 27))).as("a Saturday").isFalse();
    assertThat(germany.isWorkingDay(LocalDate.of(2027, 12, 24))).as("Christmas Eve is worked").isTrue();
  }

  @Test
  void aRegionAddsItsOwnHolidays() {
    LocalDate epiphany = LocalDate.of(2027, 1, 6);

    assertThat(PublicHolidays.calendar("DE").isWorkingDay(epiphany)).isTrue();
    assertThat(PublicHolidays.calendar("DE-BY").isWorkingDay(epiphany)).isFalse();
    assertThat(PublicHolidays.calendar("de-by")).isEqualTo(PublicHolidays.calendar("DE-BY"));
  }

  @Test
  void anAmericanCalendarObservesFederalHolidays() {
    WorkCalendar us = PublicHolidays.calendar("US");

    assertThat(us.isWorkingDay(LocalDate.of(2027, 11, 25))).as("Thanksgiving 2027").isFalse();
    assertThat(us.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday is worked").isTrue();
  }

  @Test
  void theWeekendCanBeAnotherOne() {
    WorkCalendar uae = PublicHolidays.calendar("AE", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    WorkCalendar friday = PublicHolidays.calendar("AE", EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

    assertThat(uae.isWorkingDay(LocalDate.of(2027, 2, 5))).isTrue(); // a Friday
    assertThat(friday.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
  }

  @Test
  void anUnknownRegionIsRefusedWithWhatIsKnown() {
    assertThatThrownBy(() -> PublicHolidays.calendar("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("region: Jollyday has no public holidays for the country 'XX'; it has [")
        .hasMessageContaining("DE");
    assertThatThrownBy(() -> PublicHolidays.calendar("DE-ZZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("region: 'DE-ZZ' has no subdivision 'ZZ' in Jollyday; the subdivisions there are [")
        .hasMessageContaining("BY");
    assertThatThrownBy(() -> PublicHolidays.calendar("Germany"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a country code");
    assertThatThrownBy(() -> PublicHolidays.calendar("DE", EnumSet.allOf(DayOfWeek.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves no working day");
  }

  @Test
  void calendarsAreValuesAndRejectNull() {
    new EqualsTester()
        .addEqualityGroup(PublicHolidays.calendar("DE"), PublicHolidays.calendar("de"))
        .addEqualityGroup(PublicHolidays.calendar("DE-BY"))
        .addEqualityGroup(PublicHolidays.calendar("DE", EnumSet.of(DayOfWeek.SUNDAY)))
        .testEquals();
    assertThat(PublicHolidays.calendar("de-by")).hasToString("PublicHolidays[DE-BY, weekend SATURDAY, SUNDAY]");
    new NullPointerTester().testAllPublicStaticMethods(PublicHolidays.class);
    new NullPointerTester().testAllPublicInstanceMethods(PublicHolidays.calendar("DE"));
  }
}
