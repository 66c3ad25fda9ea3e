/**
 * Public-holiday calendars by region (Jollyday's data, and the Russian production calendar), as
 * {@link io.github.mutualplan.calendar.WorkCalendar}s and as a {@link io.github.mutualplan.calendar.CalendarProvider}
 * of every region.
 */
@NullMarked
package io.github.mutualplan.holidays;

import org.jspecify.annotations.NullMarked;
