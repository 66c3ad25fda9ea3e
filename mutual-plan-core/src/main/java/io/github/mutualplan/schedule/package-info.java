/**
 * Scheduling: a {@link io.github.mutualplan.schedule.Scheduler} runs the critical path method over a plan in its
 * sides' calendars, into a {@link io.github.mutualplan.schedule.Schedule} of dates, slack and conflicts; and weighs
 * a slip before it is made.
 */
@NullMarked
package io.github.mutualplan.schedule;

import org.jspecify.annotations.NullMarked;
