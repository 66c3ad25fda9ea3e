package io.github.mutualplan.testing;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.calendar.CalendarProvider;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans that name their working calendars, the {@link CalendarRegistry} that knows those names, and a day to
 * ask every service as of, for the properties of "one truth about a plan's dates" (invariant 12).
 *
 * <ul>
 *   <li>Calendars with different weekends per side (Saturday and Sunday, Friday and Saturday, Sunday only,
 *       Friday only, none) and random holidays near the plan's dates (some single days, sometimes a shutdown of
 *       several days in a row), registered under {@code gen.buyer}, {@code gen.seller} and {@code gen.shared},
 *       by {@link CalendarRegistry#with} or through a {@link CalendarProvider}; sometimes the registry also
 *       replaces the built-in {@code weekdays}.
 *   <li>Each side of each plan names one of them, or the built-in {@code weekdays} or {@code every-day}.
 *   <li>The as-of day is before the first plan starts, inside it (from its start to its projected close) or
 *       after it (after both its projected and its target close); and often the plans show progress as of
 *       that day: commitments done, in progress or still open by then.
 * </ul>
 *
 * <pre>{@code
 * qt().forAll(CalendarSamplers.worlds(3, 40)).checkAssert(world -> {
 *   Scheduler scheduler = Scheduler.of(world.options());
 *   world.plans().forEach(plan -> scheduler.schedule(plan, world.asOf()));
 * });
 * }</pre>
 *
 * <p>The class keeps no state; its samplers are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class CalendarSamplers {
  /** The name of a generated calendar, meant for the buyer's side (plans may name it for either side). */
  public static final CalendarId GEN_BUYER = CalendarId.of("gen.buyer");
  /** The name of a generated calendar, meant for the seller's side. */
  public static final CalendarId GEN_SELLER = CalendarId.of("gen.seller");
  /** The name of a generated calendar both sides may share. */
  public static final CalendarId GEN_SHARED = CalendarId.of("gen.shared");
  /** The generated names, in this order. */
  public static final List<CalendarId> GENERATED = List.of(GEN_BUYER, GEN_SELLER, GEN_SHARED);

  private static final Set<DayOfWeek> SATURDAY_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  /** The weekends of generated calendars. */
  private static final List<Set<DayOfWeek>> WEEKENDS = List.of(SATURDAY_SUNDAY,
      EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), EnumSet.of(DayOfWeek.SUNDAY), EnumSet.noneOf(DayOfWeek.class),
      EnumSet.of(DayOfWeek.FRIDAY));

  /** When generated histories start to be edited. */
  private static final Instant EDITS_FROM = Instant.parse("2026-01-05T08:00:00Z");

  private CalendarSamplers() {}

  /** Where the as-of day lies with respect to the first plan of a world. */
  public enum When {
    /** Before the plan's start. */
    BEFORE,
    /** From the plan's start to its projected close, as planned. */
    INSIDE,
    /** After both its projected close as planned and its target close. */
    AFTER
  }

  /**
   * Plans (each with its own id), each plan's history (the plan is its current version), the registry that
   * knows every calendar they name, the calendars registered, and the day to ask as of.
   */
  public record World(List<MutualActionPlan> plans, List<PlanHistory> histories, CalendarRegistry registry,
      Map<CalendarId, WorkCalendar> registered, LocalDate asOf, When when) {
    /** A world whose plans have no history but themselves. */
    public World(List<MutualActionPlan> plans, CalendarRegistry registry, Map<CalendarId, WorkCalendar> registered,
        LocalDate asOf, When when) {
      this(plans, plans.stream().map(PlanHistory::of).collect(Collectors.toList()), registry, registered, asOf, when);
    }

    /** Each plan's own calendars, resolved by this world's registry. */
    public ScheduleOptions options() {
      return ScheduleOptions.defaults().withRegistry(registry);
    }

    /** The first plan, the one the as-of day was chosen for. */
    public MutualActionPlan plan() {
      return plans.get(0);
    }

    /** The calendar a side of a plan is scheduled in: the one its name resolves to in this registry. */
    public WorkCalendar calendar(MutualActionPlan plan, Side side) {
      return registry.resolve(plan.calendar(side));
    }

    @Override
    public String toString() {
      return "World{as of " + asOf + " (" + when + "), " + registry + ", registered " + registered + ", plans "
          + histories.stream().map(h -> h.current().id() + " [" + h.current().kind() + ", " + h.current().status()
              + ", buyer " + h.current().buyerCalendar() + ", seller " + h.current().sellerCalendar() + ", "
              + h.events().size() + " events " + h.events() + "] " + h.current()).collect(Collectors.joining("; "))
          + "}";
    }
  }

  /**
   * Worlds of 1 to {@code maxPlans} plans of up to {@code maxCommitments} commitments each; most plans are open
   * (a closed plan is reopened three times in four).
   */
  public static Sampler<World> worlds(int maxPlans, int maxCommitments) {
    return d -> {
      List<MutualActionPlan> plans = new ArrayList<>();
      for (int i = d.between(1, maxPlans); i > 0; i--) {
        MutualActionPlan plan = PlanSamplers.plans(maxCommitments).sample(d);
        if (plan.status().isClosed() && d.chance(75)) {
          plan = reopened(plan);
        }
        plans.add(plan.withId(PlanId.of("world-plan-" + plans.size())));
      }
      List<LocalDate> near = new ArrayList<>();
      plans.forEach(p -> near.addAll(datesOf(p)));

      Map<CalendarId, WorkCalendar> registered = new LinkedHashMap<>();
      for (CalendarId id : GENERATED) {
        registered.put(id, calendar(d, near));
      }
      if (d.chance(10)) { // a company that means something else by "weekdays"
        registered.put(CalendarId.WEEKDAYS, calendar(d, near));
      }
      CalendarRegistry registry = registry(d, registered);

      List<CalendarId> names = List.of(GEN_BUYER, GEN_SELLER, GEN_SHARED, CalendarId.WEEKDAYS, CalendarId.EVERY_DAY);
      for (int i = 0; i < plans.size(); i++) {
        MutualActionPlan plan = plans.get(i);
        CalendarId buyer = d.chance(50) ? GEN_BUYER : d.pick(names);
        CalendarId seller = d.chance(50) ? GEN_SELLER : d.pick(names);
        plans.set(i, plan.withBuyerCalendar(buyer).withSellerCalendar(seller));
      }

      MutualActionPlan first = plans.get(0);
      When when = d.pick(List.of(When.values()));
      LocalDate asOf = asOf(d, first, registry, when);
      for (int i = 0; i < plans.size(); i++) {
        if (d.chance(60)) {
          plans.set(i, withProgress(d, plans.get(i), asOf));
        }
      }
      return new World(List.copyOf(plans), registry, Collections.unmodifiableMap(registered), asOf, when);
    };
  }

  /**
   * Worlds as {@link #worlds(int, int)} whose plans have {@linkplain #degenerate degenerate} estimates, so that
   * every trial of a forecast takes the schedule's durations.
   */
  public static Sampler<World> degenerateWorlds(int maxPlans, int maxCommitments) {
    Sampler<World> worlds = worlds(maxPlans, maxCommitments);
    return d -> {
      World world = worlds.sample(d);
      List<MutualActionPlan> plans = world.plans().stream().map(p -> degenerate(d, p)).collect(Collectors.toList());
      return new World(List.copyOf(plans), world.registry(), world.registered(), world.asOf(), world.when());
    };
  }

  /**
   * Worlds as {@link #worlds(int, int)} whose plans went on to be edited: each is the current version of a
   * {@linkplain #history history} of up to {@code maxSteps} changes tried.
   */
  public static Sampler<World> worldsWithHistories(int maxPlans, int maxCommitments, int maxSteps) {
    Sampler<World> worlds = worlds(maxPlans, maxCommitments);
    return d -> {
      World world = worlds.sample(d);
      List<PlanHistory> histories = world.plans().stream().map(p -> history(d, p, maxSteps))
          .collect(Collectors.toList());
      return new World(histories.stream().map(PlanHistory::current).collect(Collectors.toList()),
          List.copyOf(histories), world.registry(), world.registered(), world.asOf(), world.when());
    };
  }

  /**
   * A history of a plan: up to {@code maxSteps} changes tried, a quarter of them setting a side's calendar to
   * one of the names generated plans use ({@link #GENERATED}, {@code weekdays}, {@code every-day}), the others
   * from {@link ChangeSamplers}, each by the person {@link ChangeSamplers#actor} picks, a few minutes to a
   * day after the one before; those the standard editor accepts make the history.
   */
  public static PlanHistory history(Draw d, MutualActionPlan plan, int maxSteps) {
    List<CalendarId> names = List.of(GEN_BUYER, GEN_SELLER, GEN_SHARED, CalendarId.WEEKDAYS, CalendarId.EVERY_DAY);
    PlanHistory history = PlanHistory.of(plan);
    Instant at = EDITS_FROM;
    for (int n = d.between(0, maxSteps); n > 0; n--) {
      MutualActionPlan current = history.current();
      PlanChange change = d.chance(25) ? PlanChange.setCalendar(d.pick(List.of(Side.values())), d.pick(names))
          : ChangeSamplers.change(d, current);
      StakeholderId actor = ChangeSamplers.actor(d, current, change);
      at = at.plusSeconds(d.between(60, 86_400));
      try {
        history = PlanEditor.standard().apply(history, change, actor, at);
      } catch (ChangeRejectedException refused) {
        // Only the changes that apply make the history.
      }
    }
    return history;
  }

  /** A day before, inside or after a plan, as planned in the calendars it names. */
  public static LocalDate asOf(Draw d, MutualActionPlan plan, CalendarRegistry registry, When when) {
    LocalDate close = Scheduler.of(ScheduleOptions.defaults().withRegistry(registry)).schedule(plan).projectedClose();
    switch (when) {
      case BEFORE:
        return plan.start().minusDays(d.between(1, 60));
      case INSIDE:
        return plan.start().plusDays(d.between(0, (int) Math.max(0, ChronoUnit.DAYS.between(plan.start(), close))));
      default:
        LocalDate last = close.isAfter(plan.targetClose()) ? close : plan.targetClose();
        return last.plusDays(d.between(1, 120));
    }
  }

  /**
   * A calendar with one of the weekends and up to a dozen holidays within three days of the given dates, and
   * sometimes a shutdown of 2 to 10 days in a row near one of them.
   */
  public static WorkCalendar calendar(Draw d, List<LocalDate> near) {
    Set<DayOfWeek> weekend = d.pick(WEEKENDS);
    List<LocalDate> holidays = new ArrayList<>();
    if (!near.isEmpty()) {
      for (int i = d.between(0, 12); i > 0; i--) {
        holidays.add(d.pick(near).plusDays(d.between(-3, 3)));
      }
      if (d.chance(20)) {
        LocalDate from = d.pick(near).plusDays(d.between(-5, 5));
        for (int k = d.between(2, 10); k > 0; k--) {
          holidays.add(from.plusDays(k));
        }
      }
    }
    if (weekend.equals(SATURDAY_SUNDAY) && d.chance(50)) {
      return WorkCalendar.weekdays().withHolidays(holidays);
    }
    return WorkCalendar.of(weekend, holidays);
  }

  /**
   * One of a few calendars for the scheduler's properties: Monday to Friday, every day, a four-day week (Friday
   * to Sunday off), or Monday to Friday with up to forty holidays from a month before {@code near} to a year
   * after it.
   */
  public static WorkCalendar calendar(Draw d, LocalDate near) {
    switch (d.between(0, 3)) {
      case 0:
        return WorkCalendar.weekdays();
      case 1:
        return WorkCalendar.everyDay();
      case 2:
        return WorkCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
      default:
        List<LocalDate> holidays = new ArrayList<>();
        for (int i = d.between(0, 40); i > 0; i--) {
          holidays.add(near.plusDays(d.between(-30, 400)));
        }
        return WorkCalendar.weekdays().withHolidays(holidays);
    }
  }

  /**
   * A registry that knows these calendars: registered with {@link CalendarRegistry#with}, or, one time in
   * three, given by a {@link CalendarProvider} (which cannot replace a built-in calendar, so a replaced
   * {@code weekdays} is always registered).
   */
  public static CalendarRegistry registry(Draw d, Map<CalendarId, WorkCalendar> calendars) {
    boolean provided = d.chance(33);
    CalendarRegistry registry = provided ? CalendarRegistry.of(List.of(new Provider(calendars)))
        : CalendarRegistry.standard();
    for (Map.Entry<CalendarId, WorkCalendar> entry : calendars.entrySet()) {
      if (!provided || entry.getKey().equals(CalendarId.WEEKDAYS) || entry.getKey().equals(CalendarId.EVERY_DAY)) {
        registry = registry.with(entry.getKey(), entry.getValue());
      }
    }
    if (d.chance(30)) {
      registry = registry.with(CalendarId.of("gen.unused"), WorkCalendar.everyDay()); // a name no plan uses
    }
    return registry;
  }

  /** A provider of a fixed map of calendars, as a company's calendar library would be. */
  public static final class Provider implements CalendarProvider {
    private final Map<CalendarId, WorkCalendar> calendars;

    /** Provides these calendars. */
    public Provider(Map<CalendarId, WorkCalendar> calendars) {
      this.calendars = Map.copyOf(calendars);
    }

    @Override
    public Optional<WorkCalendar> calendar(CalendarId id) {
      return Optional.ofNullable(calendars.get(id));
    }

    @Override
    public String describe() {
      return "generated calendars " + calendars.keySet();
    }
  }

  /** Every date a plan gives: its start and target close, its commitments' dates, its milestones' targets. */
  public static List<LocalDate> datesOf(MutualActionPlan plan) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(plan.start());
    dates.add(plan.targetClose());
    for (Commitment c : plan.commitments()) {
      c.start().ifPresent(dates::add);
      c.due().ifPresent(dates::add);
      c.startedOn().ifPresent(dates::add);
      c.completedOn().ifPresent(dates::add);
    }
    for (Milestone m : plan.milestones()) {
      dates.add(m.targetDate());
    }
    return dates;
  }

  /**
   * The plan with progress as of a day: about a third of its commitments (when the day is not before the
   * plan's start) become done on a day from the start to that day (half of them with the day they started), in
   * progress since such a day (half of them with that day {@linkplain Commitment#startedOn() recorded}, the others
   * with their start moved to it), or open again. Fixed commitments keep their start.
   */
  public static MutualActionPlan withProgress(Draw d, MutualActionPlan plan, LocalDate asOf) {
    if (asOf.isBefore(plan.start())) {
      return plan;
    }
    // Within the plan's ten years (the as-of day of a world is chosen for its first plan).
    LocalDate until = asOf.isAfter(plan.start().plusDays(3000)) ? plan.start().plusDays(3000) : asOf;
    int span = (int) ChronoUnit.DAYS.between(plan.start(), until);
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      if (d.chance(35)) {
        switch (d.between(0, 2)) {
          case 0: {
            int completed = d.between(0, span);
            Optional<LocalDate> startedOn = d.chance(50) ? Optional.of(plan.start().plusDays(d.between(0, completed)))
                : Optional.empty();
            c = Commitment.builder().from(c).status(CommitmentStatus.DONE).startedOn(startedOn)
                .completedOn(plan.start().plusDays(completed)).build();
            break;
          }
          case 1: {
            if (d.chance(50)) { // the day it started recorded; its agreed start stays
              c = Commitment.builder().from(c).status(CommitmentStatus.IN_PROGRESS).completedOn(Optional.empty())
                  .startedOn(plan.start().plusDays(d.between(0, span))).build();
              break;
            }
            LocalDate latest = c.due().filter(until::isAfter).orElse(until);
            Optional<LocalDate> start = c.fixed() ? c.start()
                : Optional.of(plan.start().plusDays(d.between(0, (int) ChronoUnit.DAYS.between(plan.start(), latest))));
            c = Commitment.builder().from(c).status(CommitmentStatus.IN_PROGRESS).completedOn(Optional.empty())
                .startedOn(Optional.empty()).start(start).build();
            break;
          }
          default:
            c = Commitment.builder().from(c).status(CommitmentStatus.OPEN).startedOn(Optional.empty())
                .completedOn(Optional.empty()).build();
            break;
        }
      }
      commitments.add(c);
    }
    return plan.withCommitments(commitments);
  }

  /**
   * The plan with degenerate estimates, as the forecast's one-truth property needs: every estimate removed or
   * made a single point (optimistic, most likely and pessimistic equal), so that each trial takes the
   * schedule's durations.
   */
  public static MutualActionPlan degenerate(Draw d, MutualActionPlan plan) {
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      if (c.estimate().isPresent()) {
        int days = d.between(1, 20);
        c = c.withEstimate(d.chance(50) ? Optional.empty() : Optional.of(DurationEstimate.of(days, days, days)));
      }
      commitments.add(c);
    }
    return plan.withCommitments(commitments);
  }

  /** A closed plan open again: a mutual action plan shared, a closing plan a draft. */
  private static MutualActionPlan reopened(MutualActionPlan plan) {
    return MutualActionPlan.builder().from(plan)
        .status(plan.kind() == PlanKind.MUTUAL_ACTION_PLAN ? PlanStatus.SHARED : PlanStatus.DRAFT)
        .closure(Optional.empty())
        .build();
  }
}
