package io.github.mutualplan.render;

import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.internal.PlanStyle;
import io.github.mutualplan.schedule.ScheduleOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to render a plan: for whom, in which language, as of which day, on which calendars. Immutable; the
 * defaults make a document that is safe to share.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .audience(Audience.BUYER)                        // the default: shared items only
 *     .locale(new Locale("ru"))                       // English unless set; Russian supported
 *     .today(LocalDate.of(2027, 3, 1))                // dates as of that day, and a "today" line
 *     .scheduleOptions(ScheduleOptions.of(buyerCalendar, sellerCalendar))
 *     .generatedAt(clock.instant())                   // the iCalendar DTSTAMP
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PlanStyle
public abstract class RenderOptions implements WithRenderOptions {
  RenderOptions() {}

  /** For the buyer, in English, as planned, on Monday-to-Friday calendars. */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder; every option has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Who the document is for; {@link Audience#BUYER} unless set. */
  @Value.Default
  public Audience audience() {
    return Audience.BUYER;
  }

  /**
   * The language of the labels; {@link Locale#ENGLISH} unless set. Russian ({@code ru}) is supported; any
   * other language gets English. The plan's own texts are written as they are.
   */
  @Value.Default
  public Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * The day the document is made on, when given: the schedule is made as of that day (done commitments at
   * their completion dates, nothing left to do before it), and the Gantt chart of the HTML page marks it.
   * Empty: the plan as planned, and no mark. From {@link PlanLimits#EARLIEST_DATE} to
   * {@link PlanLimits#LATEST_DATE}.
   */
  public abstract Optional<LocalDate> today();

  /**
   * The calendars (and, unless {@link #today()} is given, the as-of day) the dates are scheduled with;
   * {@link ScheduleOptions#defaults()} unless set.
   */
  @Value.Default
  public ScheduleOptions scheduleOptions() {
    return ScheduleOptions.defaults();
  }

  /**
   * When the document is made, for the iCalendar {@code DTSTAMP}. Empty unless set: then the plan's start at
   * midnight UTC, so that the same plan always renders to the same bytes. Within the years of
   * {@link PlanLimits}.
   */
  public abstract Optional<Instant> generatedAt();

  @Value.Check
  final void checkDays() {
    today().filter(day -> !PlanLimits.isWithinLimits(day)).ifPresent(day -> {
      throw new IllegalArgumentException("today: " + day + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    });
    generatedAt().filter(at -> !PlanLimits.isWithinLimits(at)).ifPresent(at -> {
      throw new IllegalArgumentException("generatedAt: " + at + " is not within the years "
          + PlanLimits.EARLIEST_DATE.getYear() + " to " + PlanLimits.LATEST_DATE.getYear());
    });
  }

  /** Builds {@link RenderOptions}; every option has a default. */
  public static final class Builder extends ImmutableRenderOptions.Builder {
    Builder() {}
  }
}
