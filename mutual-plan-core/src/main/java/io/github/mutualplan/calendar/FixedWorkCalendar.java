package io.github.mutualplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/** A weekly pattern of days off plus fixed holidays. */
@Value.Immutable(builder = false, copy = false, prehash = true)
abstract class FixedWorkCalendar implements WorkCalendar {
  /** One value each, so that schedules find their tables by identity rather than by comparing sets. */
  static final FixedWorkCalendar EVERY_DAY = create(Set.of(), Set.of());
  static final FixedWorkCalendar WEEKDAYS = create(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());

  static FixedWorkCalendar create(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    return ImmutableFixedWorkCalendar.of(weekend, holidays);
  }

  @Value.Parameter
  abstract Set<DayOfWeek> weekend();

  @Value.Parameter
  abstract Set<LocalDate> holidays();

  @Value.Check
  final void check() {
    if (weekend().size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("weekend: " + weekend() + " leaves no working day in the week");
    }
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !weekend().contains(date.getDayOfWeek()) && !holidays().contains(date);
  }
}
