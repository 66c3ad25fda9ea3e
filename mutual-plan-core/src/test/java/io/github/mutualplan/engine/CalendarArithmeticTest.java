package io.github.mutualplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.ScheduleException;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic, and the graph order the scheduler walks. */
class CalendarArithmeticTest {
  static int day(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  static LocalDate date(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  @Test
  void weekdaysSkipTheWeekend() {
    Workdays w = new Workdays(WorkCalendar.weekdays(), day(2027, 1, 1));
    int friday = day(2027, 1, 8);

    assertThat(date(w.onOrAfter(day(2027, 1, 9)))).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(date(w.onOrBefore(day(2027, 1, 10)))).isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(date(w.plus(friday, 1))).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(date(w.plus(friday, -5))).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(w.between(friday, day(2027, 1, 15))).isEqualTo(5);
    assertThat(w.between(day(2027, 1, 15), friday)).isEqualTo(-5);
    assertThat(w.shift(friday, day(2027, 1, 9))).isEqualTo(1); // a move onto a day off still counts
    assertThat(w.isWorking(day(2027, 1, 9))).isFalse();
  }

  @Test
  void theTableGrowsInBothDirections() {
    Workdays w = new Workdays(WorkCalendar.everyDay(), day(2027, 1, 1));

    assertThat(date(w.plus(day(2027, 1, 1), 100_000))).isEqualTo(LocalDate.of(2027, 1, 1).plusDays(100_000));
    assertThat(date(w.plus(day(2027, 1, 1), -50_000))).isEqualTo(LocalDate.of(2027, 1, 1).minusDays(50_000));
    assertThat(w.between(day(1990, 1, 1), day(2090, 1, 1)))
        .isEqualTo(LocalDate.of(2090, 1, 1).toEpochDay() - LocalDate.of(1990, 1, 1).toEpochDay());
  }

  @Test
  void holidaysAndLongWeekendsCount() {
    WorkCalendar fourDays = WorkCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        Set.of(LocalDate.of(2027, 12, 27)));
    Workdays w = new Workdays(fourDays, day(2027, 12, 1));

    assertThat(date(w.plus(day(2027, 12, 23), 1))).isEqualTo(LocalDate.of(2027, 12, 28));
  }

  @Test
  void eachOfManyCalendarsKeepsItsOwnTable() {
    int start = day(2027, 1, 4); // a Monday
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < 80; k++) { // more calendars than the shared tables keep
        WorkCalendar offOnDayK = WorkCalendar.weekdays().withHolidays(List.of(date(start + k)));
        Workdays w = new Workdays(offOnDayK, start);

        assertThat(w.isWorking(start + k)).as("day %d", k).isFalse();
        assertThat(w.between(start - 1, start + 111)).as("day %d", k)
            .isEqualTo(k % 7 < 5 ? 79 : 80); // 16 weeks of five days, less the holiday on a weekday
      }
    }
  }

  @Test
  void aCalendarWithoutWorkingDaysIsRefusedNotLoopedOn() {
    WorkCalendar stops = date -> date.isBefore(LocalDate.of(2027, 1, 1));
    Workdays w = new Workdays(stops, day(2026, 12, 20));

    assertThatThrownBy(() -> w.onOrAfter(day(2027, 2, 1)))
        .isInstanceOf(ScheduleException.class)
        .hasMessageContaining("has no working day within a year of 2027-02-01");
    assertThatThrownBy(() -> WorkCalendar.of(EnumSet.allOf(DayOfWeek.class), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves no working day");
  }

  @Test
  void aDependencyCycleFailsWithItsPathInsteadOfLooping() {
    // 0 <- 1 <- 2 <- 1: node 1 and 2 wait for each other.
    int[] predAt = {0, 0, 2, 3};
    int[] preds = {0, 2, 1};
    int[] succAt = {0, 1, 2, 3};
    int[] succs = {1, 2, 1};
    List<String> names = List.of("a", "b", "c");

    assertThatThrownBy(() -> TopologicalOrder.of(predAt, preds, succAt, succs, names::get, () -> "plan 'p'"))
        .isInstanceOf(ScheduleException.class)
        .hasMessage("plan 'p' cannot be scheduled: dependency cycle b -> c -> b");
    assertThat(TopologicalOrder.of(new int[] {0, 0, 1}, new int[] {0}, new int[] {0, 1, 1}, new int[] {1},
        names::get, () -> "plan 'p'")).as("in order already").isNull();
    assertThat(TopologicalOrder.of(new int[] {0, 1, 1}, new int[] {1}, new int[] {0, 0, 1}, new int[] {0},
        names::get, () -> "plan 'p'")).as("the first waits for the second").containsExactly(1, 0);
  }
}
