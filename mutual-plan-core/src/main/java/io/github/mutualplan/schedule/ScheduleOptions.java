package io.github.mutualplan.schedule;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.calendar.WorkCalendar;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which working calendars to schedule with: by default the ones each plan names
 * ({@link MutualActionPlan#buyerCalendar()}, {@link MutualActionPlan#sellerCalendar()}), resolved by a
 * {@link CalendarRegistry}; or, when the caller overrides them, the same calendars for every plan.
 *
 * <pre>{@code
 * ScheduleOptions.defaults();                                    // each plan's own calendars
 * ScheduleOptions.defaults().withRegistry(companyCalendars);     // ... resolved with the company's calendars
 * ScheduleOptions.of(germanBuyer, usSeller);                     // these calendars, whatever the plan names
 * }</pre>
 *
 * <p>The day to schedule as of is not an option but an argument of each call ({@link Scheduler#schedule(
 * MutualActionPlan, java.time.LocalDate)}, {@code RiskAssessor.assess}, {@code Forecaster.forecast}, a
 * renderer's {@code render}), so that a service made once answers for any day.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScheduleOptions {
  ScheduleOptions() {}

  private static final ScheduleOptions DEFAULTS = ImmutableScheduleOptions.builder().build();

  /** Each plan's own calendars, resolved by the {@linkplain CalendarRegistry#standard() standard registry}. */
  public static ScheduleOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These two calendars for every plan, whatever calendars it names.
   *
   * @param buyer the calendar of the buyer's people
   * @param seller the calendar of the seller's people
   * @return the options
   */
  public static ScheduleOptions of(WorkCalendar buyer, WorkCalendar seller) {
    return ImmutableScheduleOptions.builder().buyerCalendar(buyer).sellerCalendar(seller).build();
  }

  /** The calendar of the buyer's people for every plan, when the caller overrides the plan's. */
  public abstract Optional<WorkCalendar> buyerCalendar();

  /** The calendar of the seller's people for every plan, when the caller overrides the plan's. */
  public abstract Optional<WorkCalendar> sellerCalendar();

  /** What resolves the calendars a plan names; {@link CalendarRegistry#standard()} unless set. */
  @Value.Default
  public CalendarRegistry registry() {
    return CalendarRegistry.standard();
  }

  /**
   * The calendar of one side of a plan: the override, else the calendar the plan names.
   *
   * @param plan the plan
   * @param side the side
   * @return the calendar
   * @throws UnknownCalendarException if the plan names a calendar the registry does not know
   */
  public final WorkCalendar calendar(MutualActionPlan plan, Side side) {
    Objects.requireNonNull(plan, "plan");
    Optional<WorkCalendar> override =
        Objects.requireNonNull(side, "side") == Side.BUYER ? buyerCalendar() : sellerCalendar();
    if (override.isPresent()) {
      return override.get();
    }
    return registry().resolve(plan, side);
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #buyerCalendar() buyerCalendar}. */
  public abstract ScheduleOptions withBuyerCalendar(WorkCalendar value);

  /** A copy with this {@link #buyerCalendar() buyerCalendar}, or none for an empty optional. */
  public abstract ScheduleOptions withBuyerCalendar(Optional<? extends WorkCalendar> optional);

  /** A copy with this {@link #sellerCalendar() sellerCalendar}. */
  public abstract ScheduleOptions withSellerCalendar(WorkCalendar value);

  /** A copy with this {@link #sellerCalendar() sellerCalendar}, or none for an empty optional. */
  public abstract ScheduleOptions withSellerCalendar(Optional<? extends WorkCalendar> optional);

  /** A copy with this {@link #registry() registry}. */
  public abstract ScheduleOptions withRegistry(CalendarRegistry value);
}
