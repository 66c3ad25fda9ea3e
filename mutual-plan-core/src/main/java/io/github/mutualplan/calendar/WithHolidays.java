package io.github.mutualplan.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/** Another calendar with more days off. */
@Value.Immutable(builder = false, copy = false, prehash = true)
abstract class WithHolidays implements WorkCalendar {
  static WithHolidays create(WorkCalendar base, Collection<LocalDate> holidays) {
    return ImmutableWithHolidays.of(base, holidays);
  }

  @Value.Parameter
  abstract WorkCalendar base();

  @Value.Parameter
  abstract Set<LocalDate> holidays();

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !holidays().contains(date) && base().isWorkingDay(date);
  }
}
