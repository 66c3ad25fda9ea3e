package io.github.mutualplan.render;

import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.schedule.ScheduleOptions;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to render a plan: for whom, in which language, on which calendars. Immutable; the defaults make a
 * document that is safe to share. The day to render as of is an argument of
 * {@link PlanRenderer#render(io.github.mutualplan.MutualActionPlan, java.time.LocalDate)}.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .audience(Audience.BUYER)                        // the default: shared items only
 *     .locale(new Locale("ru"))                       // English unless set; Russian supported
 *     .scheduleOptions(ScheduleOptions.defaults())    // the default: the calendars the plan names
 *     .generatedAt(clock.instant())                   // the iCalendar DTSTAMP
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RenderOptions {
  RenderOptions() {}

  /** For the buyer, in English, on the calendars the plan names. */
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
   * The calendars the dates are scheduled with; {@link ScheduleOptions#defaults()} (the plan's own) unless set.
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
  final void checkGeneratedAt() {
    generatedAt().filter(at -> !PlanLimits.isWithinLimits(at)).ifPresent(at -> {
      throw new IllegalArgumentException("generatedAt: " + at + " is not within the years "
          + PlanLimits.EARLIEST_DATE.getYear() + " to " + PlanLimits.LATEST_DATE.getYear());
    });
  }

  /**
   * Builds {@link RenderOptions}; every option has a default.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(RenderOptions)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link RenderOptions#audience() audience}: {@code audience(Audience)}
   *   <li>{@link RenderOptions#locale() locale}: {@code locale(Locale)}
   *   <li>{@link RenderOptions#scheduleOptions() scheduleOptions}: {@code scheduleOptions(ScheduleOptions)}
   *   <li>{@link RenderOptions#generatedAt() generatedAt}: {@code generatedAt(Instant)},
   *       {@code generatedAt(Optional<Instant>)}
   * </ul>
   */
  public static final class Builder extends ImmutableRenderOptions.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #audience() audience}. */
  public abstract RenderOptions withAudience(Audience value);

  /** A copy with this {@link #locale() locale}. */
  public abstract RenderOptions withLocale(Locale value);

  /** A copy with this {@link #scheduleOptions() scheduleOptions}. */
  public abstract RenderOptions withScheduleOptions(ScheduleOptions value);

  /** A copy with this {@link #generatedAt() generatedAt}. */
  public abstract RenderOptions withGeneratedAt(Instant value);

  /** A copy with this {@link #generatedAt() generatedAt}, or none for an empty optional. */
  public abstract RenderOptions withGeneratedAt(Optional<? extends Instant> optional);
}
