package io.github.mutualplan.schedule;

import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.Side;
import io.github.mutualplan.internal.PlanStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to schedule: the working calendar of each side, and optionally the day to schedule as of.
 *
 * <pre>{@code
 * ScheduleOptions options = ScheduleOptions.of(germanBuyer, usSeller).withAsOf(LocalDate.of(2027, 3, 1));
 * }</pre>
 *
 * <p>Without an as-of date the schedule is the plan as planned, from the plan's start. With one, it is the
 * forecast on that day: done commitments stand at their completion dates, and nothing left to do starts
 * before that day, so overdue commitments are pushed to it.
 */
@Value.Immutable
@PlanStyle
public abstract class ScheduleOptions implements WithScheduleOptions {
  ScheduleOptions() {}

  private static final ScheduleOptions DEFAULTS = ImmutableScheduleOptions.builder().build();

  /** Monday-to-Friday calendars for both sides, as planned. */
  public static ScheduleOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The two sides' calendars, as planned.
   *
   * @param buyer the calendar of the buyer's people
   * @param seller the calendar of the seller's people
   * @return the options
   */
  public static ScheduleOptions of(WorkCalendar buyer, WorkCalendar seller) {
    return ImmutableScheduleOptions.builder().buyerCalendar(buyer).sellerCalendar(seller).build();
  }

  /** The calendar of the buyer's people; Monday to Friday unless set. */
  @Value.Default
  public WorkCalendar buyerCalendar() {
    return WorkCalendar.weekdays();
  }

  /** The calendar of the seller's people; Monday to Friday unless set. */
  @Value.Default
  public WorkCalendar sellerCalendar() {
    return WorkCalendar.weekdays();
  }

  /**
   * The day to schedule as of, using what is done by then; empty to schedule the plan as planned. From
   * {@link PlanLimits#EARLIEST_DATE} to {@link PlanLimits#LATEST_DATE}.
   */
  public abstract Optional<LocalDate> asOf();

  @Value.Check
  final void checkAsOf() {
    asOf().filter(day -> !PlanLimits.isWithinLimits(day)).ifPresent(day -> {
      throw new IllegalArgumentException("asOf: " + day + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    });
  }

  /** The calendar of one side. */
  public final WorkCalendar calendar(Side side) {
    return side == Side.BUYER ? buyerCalendar() : sellerCalendar();
  }
}
