package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Makes closed histories of a plan whose outcomes follow a known {@link SyntheticTruth}: for testing win-loss
 * analyses, calibrations and forecasts against the truth they should find. Public, not a test helper, because
 * users test their own analyses with it.
 *
 * <pre>{@code
 * SyntheticTruth truth = SyntheticTruth.of(0.3, StepTruth.of(5, 0.4))
 *     .withStep("security-review", StepTruth.of(15, 0.6).withSkipRate(0.2).withWinEffect(0.25));
 * List<PlanHistory> closed = SyntheticDeals.of(plan, truth).deals(500, 42L);  // the same 500 for seed 42
 * }</pre>
 *
 * <p>Each deal is worked through the {@link PlanEditor} as a live plan is, from the plan as given: the steps
 * (commitments) the close waits for, as the {@link Scheduler} says ({@link ScheduledCommitment#leadsToClose()}:
 * those leading to the closing milestone, or all of them when none does), in the order of their dependencies,
 * each starting on the first working day of its side's calendar after the steps it depends on finished (the
 * plan's start for the first ones). The other steps, such as the onboarding after the signature, stay open: a
 * deal closes when the close is reached. A skipped step is cancelled that day and takes no time; a done step is
 * started that day, the day recorded ({@link PlanChange#startCommitment(CommitmentId, LocalDate)}, at 09:00 in
 * the plan's zone), and completed after its drawn working days ({@link PlanChange#completeCommitment}, dated its
 * last working day, at 17:00). The deal is then closed won or lost
 * ({@link PlanChange#closeWon}, {@link PlanChange#closeLost}), with a reason drawn from the truth's {@linkplain
 * SyntheticTruth#winReasons() reasons}, at 18:00 on the day of its last change. A
 * closing plan's changes are made by its seller owner; a shared plan's by each step's accountable person (the
 * seller owner for the plan's close). The histories are therefore verified histories: replaying them gives them
 * back.
 *
 * <p>Deterministic: the same plan, truth, calendars and seed give equal histories. Instances are immutable and
 * safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SyntheticDeals {
  private static final LocalTime STARTED = LocalTime.of(9, 0);
  private static final LocalTime COMPLETED = LocalTime.of(17, 0);
  private static final LocalTime CLOSED = LocalTime.of(18, 0);

  private final MutualActionPlan plan;
  private final SyntheticTruth truth;
  private final CalendarRegistry calendars;
  private final ImmutableList<Commitment> steps;

  private SyntheticDeals(MutualActionPlan plan, SyntheticTruth truth, CalendarRegistry calendars) {
    this.plan = plan;
    this.truth = truth;
    this.calendars = calendars;
    Schedule planned = Scheduler.of(ScheduleOptions.defaults().withRegistry(calendars)).schedule(plan);
    this.steps = inDependencyOrder(plan).stream()
        .filter(c -> planned.commitment(c.id()).map(ScheduledCommitment::leadsToClose).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Deals of this plan, dated in the {@linkplain CalendarRegistry#standard() standard calendars}.
   *
   * @param plan the plan every deal starts from: not closed, every commitment open
   * @param truth what the deals follow
   * @return the generator
   * @throws IllegalArgumentException if the plan is closed or a commitment is not open
   */
  public static SyntheticDeals of(MutualActionPlan plan, SyntheticTruth truth) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(truth, "truth");
    if (plan.status().isClosed()) {
      throw new IllegalArgumentException("plan.status: must not be closed, was " + plan.status());
    }
    for (Commitment c : plan.commitments()) {
      if (c.status() != CommitmentStatus.OPEN) {
        throw new IllegalArgumentException("plan.commitments[" + c.id() + "].status: must be OPEN, was "
            + c.status());
      }
    }
    return new SyntheticDeals(plan, truth, CalendarRegistry.standard());
  }

  /** A copy that dates the deals in the calendars of this registry, which must know the plan's calendars. */
  public SyntheticDeals withCalendars(CalendarRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return new SyntheticDeals(plan, truth, registry);
  }

  /** The truth the deals follow. */
  public SyntheticTruth truth() {
    return truth;
  }

  /**
   * One closed deal.
   *
   * @param seed the random seed; the same seed gives an equal history
   * @return the deal's history, from the plan as given to its close
   */
  public PlanHistory deal(long seed) {
    return deal(new SplittableRandom(seed));
  }

  /**
   * Closed deals, each with its own random stream split from the seed.
   *
   * @param count how many, at least 0
   * @param seed the random seed; the same seed gives equal histories
   * @return the histories, in the order they were made
   */
  public List<PlanHistory> deals(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count: must be at least 0, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<PlanHistory> deals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      deals.add(deal(random.split()));
    }
    return deals;
  }

  private PlanHistory deal(SplittableRandom random) {
    List<Timed> changes = new ArrayList<>();
    Map<CommitmentId, LocalDate> finished = new HashMap<>();
    LocalDate dayBeforeStart = plan.start().minusDays(1);
    LocalDate last = dayBeforeStart;
    double winProbability = truth.baseWinProbability();
    for (Commitment step : steps) {
      StepTruth t = truth.step(step.id().key());
      boolean skipped = random.nextDouble() < t.skipRate();
      int days = draw(t, random.nextGaussian());
      LocalDate ready = step.dependsOn().stream().map(finished::get).max(Comparator.naturalOrder())
          .orElse(dayBeforeStart);
      WorkCalendar calendar = calendars.resolve(plan, step.owingSide());
      LocalDate start = WorkingDays.onOrAfter(calendar, ready.plusDays(1));
      StakeholderId actor = actor(step);
      if (skipped) {
        changes.add(new Timed(at(start, STARTED), PlanChange.cancelCommitment(step.id(), "skipped"), actor));
        finished.put(step.id(), ready);
        last = start.isAfter(last) ? start : last;
      } else {
        LocalDate finish = WorkingDays.finish(calendar, start, days);
        changes.add(new Timed(at(start, STARTED), PlanChange.startCommitment(step.id(), start), actor));
        changes.add(new Timed(at(finish, COMPLETED), PlanChange.completeCommitment(step.id(), finish), actor));
        finished.put(step.id(), finish);
        winProbability += t.winEffect();
        last = finish.isAfter(last) ? finish : last;
      }
    }
    boolean won = random.nextDouble() < winProbability;
    CloseReason reason = truth.reason(won, random.nextDouble());
    LocalDate closedOn = last.isBefore(plan.start()) ? plan.start() : last;
    changes.add(new Timed(at(closedOn, CLOSED), won ? PlanChange.closeWon(reason, "synthetic deal")
        : PlanChange.closeLost(reason, "synthetic deal"), plan.sellerOwner()));
    changes.sort(Comparator.comparing(Timed::at)); // stable: a step's changes stay in the order of the steps

    PlanEditor editor = PlanEditor.standard();
    PlanHistory history = PlanHistory.of(plan);
    for (Timed change : changes) {
      history = editor.apply(history, change.change, change.actor, change.at);
    }
    return history;
  }

  /** The working days a done step takes: log-normal about its median, rounded, within the model's limits. */
  static int draw(StepTruth truth, double standardNormal) {
    long days = Math.round(truth.medianDays() * Math.exp(truth.spread() * standardNormal));
    return (int) Math.max(1, Math.min(PlanLimits.MAX_DURATION_DAYS, days));
  }

  private StakeholderId actor(Commitment step) {
    return plan.kind() == PlanKind.CLOSING_PLAN ? plan.sellerOwner() : step.accountable().orElse(plan.sellerOwner());
  }

  private Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(plan.zone()).toInstant();
  }

  /** The plan's commitments, each after the ones it depends on, otherwise in the plan's order. */
  private static ImmutableList<Commitment> inDependencyOrder(MutualActionPlan plan) {
    Map<CommitmentId, Commitment> left = new LinkedHashMap<>();
    plan.commitments().forEach(c -> left.put(c.id(), c));
    ImmutableList.Builder<Commitment> ordered = ImmutableList.builder();
    while (!left.isEmpty()) {
      Commitment next = left.values().stream().filter(c -> c.dependsOn().stream().noneMatch(left::containsKey))
          .findFirst().orElseThrow(); // a valid plan's dependencies form no cycle
      ordered.add(next);
      left.remove(next.id());
    }
    return ordered.build();
  }

  /** A change, when and by whom. */
  private static final class Timed {
    final Instant at;
    final PlanChange change;
    final StakeholderId actor;

    Timed(Instant at, PlanChange change, StakeholderId actor) {
      this.at = at;
      this.change = change;
      this.actor = actor;
    }

    Instant at() {
      return at;
    }
  }
}
