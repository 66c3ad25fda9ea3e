/**
 * Working calendars by name. A {@link io.github.mutualplan.calendar.WorkCalendar} says which days are
 * worked; a plan names one per side ({@link io.github.mutualplan.CalendarId}), and a
 * {@link io.github.mutualplan.calendar.CalendarRegistry} resolves the names: the built-in ones, a company's own,
 * and those of every {@link io.github.mutualplan.calendar.CalendarProvider} found by {@code ServiceLoader}.
 */
@NullMarked
package io.github.mutualplan.calendar;

import org.jspecify.annotations.NullMarked;
