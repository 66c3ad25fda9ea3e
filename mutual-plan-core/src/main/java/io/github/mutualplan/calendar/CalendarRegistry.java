package io.github.mutualplan.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.CalendarId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Resolves the calendar names a plan carries ({@link io.github.mutualplan.MutualActionPlan#buyerCalendar()},
 * {@link io.github.mutualplan.MutualActionPlan#sellerCalendar()}) to working calendars: the built-in
 * {@code weekdays} and {@code every-day}, the company calendars registered with {@link #with}, and what the
 * {@link CalendarProvider}s on the class or module path know (public-holiday regions such as {@code DE-BY}, once
 * {@code mutual-plan-holidays} is there).
 *
 * <pre>{@code
 * CalendarRegistry calendars = CalendarRegistry.standard()
 *     .with(CalendarId.of("acme.shutdown-2027"), WorkCalendar.weekdays().withHolidays(shutdownDays));
 * Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults().withRegistry(calendars));
 * }</pre>
 *
 * <p>A name is looked up in that order: registered calendars, the built-in ones, then the providers in the
 * order {@link ServiceLoader} finds them; the first that knows it wins, and what a provider answered is kept.
 * A registry is equal to another with equal registered calendars and the same providers; {@link #standard()}
 * finds its providers once per class loader of this library.
 *
 * <p>Instances are immutable, but for the calendars kept from the providers in a concurrent map, and safe to
 * share between threads.
 *
 * @since 0.1.0
 */
public final class CalendarRegistry {
  private static final ImmutableMap<CalendarId, WorkCalendar> BUILT_IN = ImmutableMap.of(
      CalendarId.WEEKDAYS, WorkCalendar.weekdays(), CalendarId.EVERY_DAY, WorkCalendar.everyDay());

  private final ImmutableMap<CalendarId, WorkCalendar> registered;
  private final ImmutableList<CalendarProvider> providers;
  private final ConcurrentMap<CalendarId, WorkCalendar> provided;

  private CalendarRegistry(ImmutableMap<CalendarId, WorkCalendar> registered,
      ImmutableList<CalendarProvider> providers, ConcurrentMap<CalendarId, WorkCalendar> provided) {
    this.registered = registered;
    this.providers = providers;
    this.provided = provided;
  }

  /** The built-in calendars and every {@link CalendarProvider} that {@link ServiceLoader} finds. */
  public static CalendarRegistry standard() {
    return Standard.REGISTRY;
  }

  /** The built-in calendars and these providers only, in this order. */
  public static CalendarRegistry of(List<CalendarProvider> providers) {
    return new CalendarRegistry(ImmutableMap.of(), ImmutableList.copyOf(providers), new ConcurrentHashMap<>());
  }

  /**
   * This registry with one more calendar, for example a company calendar with its shutdown days. It comes
   * before the built-in calendars and the providers, so it can also replace one of theirs.
   *
   * @param id the name plans use for it
   * @param calendar the calendar
   * @return the new registry
   */
  public CalendarRegistry with(CalendarId id, WorkCalendar calendar) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(calendar, "calendar");
    Map<CalendarId, WorkCalendar> more = new LinkedHashMap<>(registered);
    more.put(id, calendar);
    return new CalendarRegistry(ImmutableMap.copyOf(more), providers, provided);
  }

  /**
   * The calendar of this name, if any source knows it.
   *
   * @param id the name
   * @return the calendar, or empty
   */
  public Optional<WorkCalendar> find(CalendarId id) {
    Objects.requireNonNull(id, "id");
    WorkCalendar calendar = registered.get(id);
    if (calendar == null) {
      calendar = BUILT_IN.get(id);
    }
    if (calendar == null) {
      calendar = provided.get(id);
    }
    if (calendar == null) {
      for (CalendarProvider provider : providers) {
        Optional<WorkCalendar> found = provider.calendar(id);
        if (found.isPresent()) {
          calendar = found.get();
          WorkCalendar raced = provided.putIfAbsent(id, calendar);
          return Optional.of(raced == null ? calendar : raced);
        }
      }
    }
    return Optional.ofNullable(calendar);
  }

  /**
   * The calendar of this name.
   *
   * @param id the name
   * @return the calendar
   * @throws UnknownCalendarException if no source knows the name; its message names it and says what is known
   */
  public WorkCalendar resolve(CalendarId id) {
    return find(id).orElseThrow(() -> new UnknownCalendarException(id, unknown(id)));
  }

  /**
   * The calendar a plan names for one side ({@link MutualActionPlan#calendar(Side)}).
   *
   * @param plan the plan
   * @param side the side
   * @return the calendar
   * @throws UnknownCalendarException if no source knows the name; its message starts with the plan's field,
   *     {@code buyerCalendar} or {@code sellerCalendar}
   */
  public WorkCalendar resolve(MutualActionPlan plan, Side side) {
    CalendarId id = Objects.requireNonNull(plan, "plan").calendar(Objects.requireNonNull(side, "side"));
    return find(id).orElseThrow(() -> new UnknownCalendarException(id,
        (side == Side.BUYER ? "buyerCalendar: " : "sellerCalendar: ") + unknown(id)));
  }

  private String unknown(CalendarId id) {
    return "no calendar is named " + Texts.quote(id.key()) + "; known are " + known();
  }

  /** What this registry knows, in words. */
  private String known() {
    List<String> kinds = new ArrayList<>();
    kinds.add(BUILT_IN.keySet().stream().map(CalendarId::key).collect(Collectors.joining(", ")));
    if (!registered.isEmpty()) {
      kinds.add("the registered " + registered.keySet().stream().map(CalendarId::key).sorted()
          .limit(10).collect(Collectors.joining(", ")) + (registered.size() > 10 ? ", ..." : ""));
    }
    providers.forEach(p -> kinds.add(p.describe()));
    return String.join("; ", kinds) + (providers.isEmpty() ? " (no CalendarProvider is installed; module"
        + " mutual-plan-holidays provides public-holiday regions such as DE-BY)" : "");
  }

  /** Equal to a registry with equal registered calendars and the same providers, in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarRegistry && registered.equals(((CalendarRegistry) other).registered)
        && providers.equals(((CalendarRegistry) other).providers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registered, providers);
  }

  /** Returns the registered names and the providers: {@code CalendarRegistry[acme.shutdown, 1 provider]}. */
  @Override
  public String toString() {
    String names = registered.keySet().stream().map(CalendarId::key).collect(Collectors.joining(", "));
    return "CalendarRegistry[" + names + (names.isEmpty() ? "" : ", ") + providers.size()
        + (providers.size() == 1 ? " provider]" : " providers]");
  }

  /** The standard registry, made when first asked for. */
  private static final class Standard {
    static final CalendarRegistry REGISTRY = of(ServiceLoader.load(CalendarProvider.class,
        CalendarRegistry.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
        .collect(Collectors.toList()));
  }
}
