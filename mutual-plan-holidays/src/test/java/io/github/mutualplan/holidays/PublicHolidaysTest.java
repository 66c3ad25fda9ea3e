package io.github.mutualplan.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void isoCodesThatJollydayNamesOtherwiseAreMapped() {
    assertThat(PublicHolidays.calendar("GB-CYM")).isEqualTo(PublicHolidays.calendar("GB-WLS"))
        .hasToString("PublicHolidays[GB-WLS, weekend SATURDAY, SUNDAY]");
    assertThat(PublicHolidays.calendar("GB-EAW")).isEqualTo(PublicHolidays.calendar("GB"))
        .hasToString("PublicHolidays[GB, weekend SATURDAY, SUNDAY]");
    assertThatThrownBy(() -> PublicHolidays.calendar("GB-XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region: 'GB-XYZ' has no subdivision 'XYZ' in Jollyday; the subdivisions there are"
            + " [ENG, NIR, SCT, WLS]");
    assertThat(PublicHolidays.calendar("DE-BY-AG").isWorkingDay(LocalDate.of(2028, 8, 8)))
        .as("Augsburg's Peace Festival, below ISO's subdivisions").isFalse();
    assertThat(PublicHolidays.calendar("DE-BY").isWorkingDay(LocalDate.of(2028, 8, 8))).isTrue();
  }

  @Test
  void aCalendarWithoutWeekendWorksEveryDayButItsHolidays() {
    WorkCalendar everyDay = PublicHolidays.calendar("US", Set.of());

    assertThat(everyDay.isWorkingDay(LocalDate.of(2027, 7, 3))).as("a Saturday").isTrue();
    assertThat(everyDay.isWorkingDay(LocalDate.of(2027, 7, 4))).as("Independence Day, a Sunday").isFalse();
    assertThat(everyDay.isWorkingDay(LocalDate.of(2027, 7, 5))).as("its observed Monday").isFalse();
  }

  @Test
  void aCalendarAnswersTheSameFromManyThreads() throws Exception {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() <= 2028; d = d.plusDays(1)) {
      days.add(d);
    }
    Map<String, List<Boolean>> expected = new HashMap<>();
    for (String region : new String[] {"US", "GB", "DE", "RU"}) {
      WorkCalendar fresh = PublicHolidays.calendar(region);
      expected.put(region, days.stream().map(fresh::isWorkingDay).toList());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (String region : expected.keySet()) {
        WorkCalendar shared = PublicHolidays.calendar(region);
        List<Callable<List<Boolean>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          tasks.add(() -> days.stream().map(shared::isWorkingDay).toList());
        }
        for (Future<List<Boolean>> answer : pool.invokeAll(tasks)) {
          assertThat(answer.get()).as(region).isEqualTo(expected.get(region));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void calendarsAreValuesAndRejectNull() {
    new EqualsTester()
        .addEqualityGroup(PublicHolidays.calendar("DE"), PublicHolidays.calendar("de"))
        .addEqualityGroup(PublicHolidays.calendar("DE-BY"))
        .addEqualityGroup(PublicHolidays.calendar("DE", EnumSet.of(DayOfWeek.SUNDAY)))
        .addEqualityGroup(PublicHolidays.calendar("GB"), PublicHolidays.calendar("gb-eaw"))
        .addEqualityGroup(PublicHolidays.calendar("GB-ENG"))
        .addEqualityGroup(PublicHolidays.calendar("GB-WLS"), PublicHolidays.calendar("GB-CYM"))
        .addEqualityGroup(PublicHolidays.calendar("US"), PublicHolidays.calendar("us"))
        .addEqualityGroup(PublicHolidays.calendar("RU"), PublicHolidays.calendar("RU", EnumSet.of(
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)))
        .addEqualityGroup(PublicHolidays.calendar("RU", EnumSet.of(DayOfWeek.SUNDAY)))
        .testEquals();
    assertThat(PublicHolidays.calendar("de-by")).hasToString("PublicHolidays[DE-BY, weekend SATURDAY, SUNDAY]");
    new NullPointerTester().testAllPublicStaticMethods(PublicHolidays.class);
    new NullPointerTester().testAllPublicInstanceMethods(PublicHolidays.calendar("DE"));
    new NullPointerTester().testAllPublicInstanceMethods(PublicHolidays.calendar("RU"));
  }
}
