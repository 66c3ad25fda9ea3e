package io.github.mutualplan.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The living plan's rules, as properties over random sequences of changes by random people. */
class EditingPropertiesTest {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  /** One attempted change. */
  static final class Step {
    final PlanChange change;
    final StakeholderId actor;
    final Instant at;

    Step(PlanChange change, StakeholderId actor, Instant at) {
      this.change = change;
      this.actor = actor;
      this.at = at;
    }

    @Override
    public String toString() {
      return actor + " " + change;
    }
  }

  /** A plan and the changes attempted on it, chosen while they were applied so that most fit. */
  static final class Scenario {
    final MutualActionPlan first;
    final List<Step> steps;

    Scenario(MutualActionPlan first, List<Step> steps) {
      this.first = first;
      this.steps = steps;
    }

    @Override
    public String toString() {
      return first + " then " + steps;
    }
  }

  static Gen<Scenario> scenarios(int maxSteps) {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan first = Gens.plans(30).generate(in);
      PlanHistory history = PlanHistory.of(first);
      List<Step> steps = new ArrayList<>();
      Instant at = START;
      for (int n = d.between(1, maxSteps); n > 0; n--) {
        PlanChange change = ChangeSamplers.change(d, history.current());
        at = at.plusSeconds(d.between(1, 86_400));
        Step step = new Step(change, ChangeSamplers.actor(d, history.current(), change), at);
        steps.add(step);
        try {
          history = PlanEditor.standard().apply(history, step.change, step.actor, step.at);
        } catch (ChangeRejectedException refused) {
          // A refused change is part of the scenario too.
        }
      }
      return new Scenario(first, steps);
    };
  }

  /**
   * Whatever the plan's status, a measurement is recorded exactly when the plan is closed won, the day is not
   * before the day it closed nor the plan's start, within the plan's span, and the metric has none that day;
   * otherwise it is refused.
   */
  @Test
  void aMeasurementIsRecordedOnlyOnAWonPlanFromItsCloseOnceADay() {
    AtomicInteger recorded = new AtomicInteger();
    AtomicInteger refusedOnOthers = new AtomicInteger();
    qt().withExamples(400).forAll(in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(20).generate(in);
      if (d.chance(50)) { // as many won plans as others
        plan = closedWon(plan);
      }
      return new Object[] {plan, d.between(-3, 30), d.between(0, 1_000), d.chance(20)};
    }).checkAssert(drawn -> {
      MutualActionPlan plan = (MutualActionPlan) drawn[0];
      if (plan.successMetrics().isEmpty()) {
        return;
      }
      SuccessMetric metric = plan.successMetrics().get(0);
      LocalDate closedOn = plan.closure().map(c -> LocalDate.ofInstant(c.closedAt(), plan.zone()))
          .orElse(plan.start());
      boolean again = (boolean) drawn[3] && !metric.measurements().isEmpty();
      LocalDate day = again ? metric.measurements().get(0).on() : closedOn.plusDays((int) drawn[1]);
      PlanChange change = PlanChange.recordMeasurement(metric.id(), day, BigDecimal.valueOf((int) drawn[2]));
      boolean expected = plan.status() == PlanStatus.CLOSED_WON && !day.isBefore(closedOn)
          && !day.isBefore(plan.start()) // a plan lost or won before its start is measured from its start
          && !day.isAfter(PlanLimits.latestDateOf(plan.start()))
          && metric.measurements().stream().noneMatch(m -> m.on().equals(day));
      PlanHistory history = PlanHistory.of(plan);

      ChangeRejectedException refused = catchThrowableOfType(ChangeRejectedException.class,
          () -> PlanEditor.standard().apply(history, change, plan.sellerOwner(), START));

      assertThat(refused == null).as("%s on a %s plan closed on %s: %s", change, plan.status(), closedOn, refused)
          .isEqualTo(expected);
      if (expected) {
        recorded.incrementAndGet();
      } else if (plan.status() != PlanStatus.CLOSED_WON) {
        refusedOnOthers.incrementAndGet();
      }
    });
    assertThat(recorded).as("measurements recorded").hasValueGreaterThan(30);
    assertThat(refusedOnOthers).as("refused on plans not won").hasValueGreaterThan(30);
  }

  /** The plan closed won, for the built-in reason, on its start day. */
  static MutualActionPlan closedWon(MutualActionPlan plan) {
    if (plan.status() == PlanStatus.CLOSED_WON) {
      return plan;
    }
    return MutualActionPlan.builder().from(plan).status(PlanStatus.CLOSED_WON).closure(Closure.of(
        CloseReason.WON_OTHER, plan.start().atTime(12, 0).atZone(plan.zone()).toInstant())).build();
  }

  @Test
  void everyStepKeepsThePlanValidRefusesCleanlyAndReplaysToThePlan() {
    AtomicInteger applied = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(300).forAll(scenarios(30)).checkAssert(scenario -> {
      List<PlanNotification> heard = new ArrayList<>();
      PlanEditor editor = PlanEditor.standard().withListener(heard::add);
      PlanHistory history = PlanHistory.of(scenario.first);
      Map<Long, MutualActionPlan> versions = new HashMap<>();
      versions.put(scenario.first.version(), scenario.first);
      for (Step step : scenario.steps) {
        MutualActionPlan before = history.current();
        int told = heard.size();
        PlanHistory after;
        try {
          after = editor.apply(history, step.change, step.actor, step.at);
        } catch (ChangeRejectedException e) {
          refused.incrementAndGet();
          assertThat(e.reasons()).isNotEmpty();
          checkViolations(before, step.change, e);
          assertThat(heard).as("nobody hears of a refused change").hasSize(told);
          assertThat(history.current()).isSameAs(before);
          continue;
        }
        applied.incrementAndGet();
        MutualActionPlan plan = after.current();
        List<PlanEvent> events = after.eventsAfter(before.version());
        assertThat(plan.version()).isEqualTo(before.version() + 1);
        assertThat(events).isNotEmpty().allMatch(e -> e.version() == plan.version());
        assertThat(events.get(0)).isInstanceOf(PlanEvent.ChangeApplied.class);
        assertThat(heard.subList(told, heard.size())).filteredOn(n -> n.audience() == Side.SELLER)
            .extracting(PlanNotification::event).isEqualTo(events);
        boolean measured = step.change instanceof PlanChange.RecordMeasurement;
        assertThat(before.status().isClosed() && !(step.change instanceof PlanChange.ReopenPlan)
            && !(measured && before.status() == PlanStatus.CLOSED_WON))
            .as("a closed plan accepts only reopening, and a won one measurements").isFalse();
        assertThat(!measured || plan.status() == PlanStatus.CLOSED_WON).as("measured only when won").isTrue();
        checkSignOffs(before, plan, (PlanEvent.ChangeApplied) events.get(0));
        heard.subList(told, heard.size()).forEach(n -> checkRecipients(before, plan, step, n));
        history = after;
        versions.put(plan.version(), plan);
      }
      PlanHistory replayed = PlanHistory.replay(scenario.first, history.events());
      assertThat(replayed.current()).isEqualTo(history.current());
      assertThat(replayed).isEqualTo(history);
      for (Map.Entry<Long, MutualActionPlan> version : versions.entrySet()) {
        assertThat(history.version(version.getKey())).isEqualTo(version.getValue());
      }
    });
    assertThat(applied.get()).as("changes applied (%s refused)", refused).isGreaterThan(refused.get());
    assertThat(refused.get()).as("changes refused").isPositive();
  }

  /** A material change makes every sign-off stale; any other leaves them as they were, but the signer's own. */
  /**
   * A refusal reports typed violations, as plan validation does: one a reason, each with its rule and a path; a
   * refusal by the policy breaks only {@link PlanRule#PERMITTED_CHANGES}, and no other refusal does; a closed plan
   * refuses by its lifecycle, unless the time of the change is already wrong.
   */
  private static void checkViolations(MutualActionPlan before, PlanChange change, ChangeRejectedException e) {
    assertThat(e.violations()).hasSameSizeAs(e.reasons());
    for (int i = 0; i < e.violations().size(); i++) {
      Violation v = e.violations().get(i);
      assertThat(v.path()).as("path of %s", v).matches("[a-zA-Z]+(\\[[^\\]]+\\])?(\\.[a-zA-Z]+(\\[[^\\]]+\\])?)*");
      assertThat(e.reasons().get(i)).endsWith(v.message());
    }
    if (e instanceof ChangeNotPermittedException) {
      assertThat(e.violations()).extracting(Violation::rule).containsOnly(PlanRule.PERMITTED_CHANGES);
    } else {
      assertThat(e.violations()).extracting(Violation::rule).doesNotContain(PlanRule.PERMITTED_CHANGES);
    }
    boolean measuredWon = change instanceof PlanChange.RecordMeasurement && before.status() == PlanStatus.CLOSED_WON;
    if (before.status().isClosed() && !measuredWon && !(e instanceof ChangeNotPermittedException)
        && e.violations().stream().noneMatch(v -> v.path().equals("at"))) {
      assertThat(e.violations()).extracting(Violation::rule, Violation::path)
          .contains(tuple(PlanRule.LIFECYCLE, "status"));
    }
  }

  private static void checkSignOffs(MutualActionPlan before, MutualActionPlan after, PlanEvent.ChangeApplied event) {
    if (after.kind() != PlanKind.MUTUAL_ACTION_PLAN || after.status().isClosed()) {
      return;
    }
    if (event.material()) {
      assertThat(after.signOffs()).allMatch(SignOff::stale);
    } else {
      Set<SignOff> kept = new HashSet<>(before.signOffs());
      assertThat(after.signOffs()).allMatch(s -> kept.contains(s) || s.stakeholder().equals(event.actor()));
    }
    boolean agreed = after.owners().stream().allMatch(after::isSignedOffBy);
    assertThat(after.status().name()).isEqualTo(agreed ? "AGREED" : "SHARED");
  }

  /**
   * The actor hears nothing. Nobody on the buyer side hears of a change to an internal item or to a closing
   * plan; what a change set off (stale sign-offs, an agreement) concerns the owners. A notification goes to
   * the people of one side, and the buyer's carries the buyer's view and an event that names no internal item.
   */
  private static void checkRecipients(MutualActionPlan before, MutualActionPlan after, Step step,
      PlanNotification n) {
    assertThat(n.recipients()).doesNotContain(step.actor)
        .allSatisfy(id -> assertThat(side(before, after, id)).isEqualTo(n.audience()));
    if (n.audience() == Side.BUYER) {
      assertThat(n.recipients()).isNotEmpty();
      assertThat(n.plan()).isEqualTo(after.buyerView());
      if (n.event() instanceof PlanEvent.ChangeApplied) {
        assertThat(commitmentsNamed(((PlanEvent.ChangeApplied) n.event()).change()))
            .as("%s tells the buyer of an internal commitment", n.event())
            .noneMatch(id -> isInternal(before, id) || isInternal(after, id));
      }
    } else {
      assertThat(n.plan()).isEqualTo(after);
    }
    if (!(n.event() instanceof PlanEvent.ChangeApplied)) {
      assertThat(after.owners()).containsAll(n.recipients());
      return;
    }
    boolean internal = after.kind() == PlanKind.CLOSING_PLAN
        || step.change.scope(before).items.stream().anyMatch(item -> isInternal(before, item) || isInternal(after, item));
    if (internal) {
      assertThat(n.recipients()).as("%s told of %s by %s", n.recipients(), n.event(), step)
          .allSatisfy(id -> assertThat(side(before, after, id)).isEqualTo(Side.SELLER));
    }
  }

  /** The commitments a change names: the one it changes, what that one depends on, an order. */
  private static Set<CommitmentId> commitmentsNamed(PlanChange change) {
    Set<CommitmentId> named = new HashSet<>();
    if (change instanceof PlanChange.AddCommitment || change instanceof PlanChange.UpdateCommitment) {
      Commitment c = change instanceof PlanChange.AddCommitment ? ((PlanChange.AddCommitment) change).commitment()
          : ((PlanChange.UpdateCommitment) change).commitment();
      named.add(c.id());
      named.addAll(c.dependsOn());
    } else if (change instanceof PlanChange.ReorderCommitments) {
      named.addAll(((PlanChange.ReorderCommitments) change).order());
    } else if (change instanceof PlanChange.OnCommitment) {
      named.add(((PlanChange.OnCommitment) change).commitment());
    }
    return named;
  }

  private static boolean isInternal(MutualActionPlan plan, ItemId item) {
    Optional<Visibility> visibility = item instanceof CommitmentId
        ? plan.commitment((CommitmentId) item).map(Commitment::visibility)
        : plan.milestone((MilestoneId) item).map(Milestone::visibility);
    return visibility.filter(v -> v == Visibility.INTERNAL).isPresent();
  }

  private static Side side(MutualActionPlan before, MutualActionPlan after, StakeholderId id) {
    return after.stakeholder(id).or(() -> before.stakeholder(id)).map(Stakeholder::side).orElseThrow();
  }

  @Test
  void twoChangesThatTouchDifferentItemsGiveTheSamePlanInEitherOrder() {
    AtomicInteger commuted = new AtomicInteger();
    AtomicInteger conflicted = new AtomicInteger();
    qt().withExamples(1000).forAll(pairScenarios()).checkAssert(pair -> {
      PlanHistory start = PlanHistory.of(pair.first);
      long seen = pair.first.version();
      Step a = pair.steps.get(0);
      Step b = pair.steps.get(1);
      Optional<PlanHistory> ab = both(start, seen, a, b);
      Optional<PlanHistory> ba = both(start, seen, b, a);
      boolean conflict = !conflicts(a, b, pair.first).isEmpty();
      if (ab.isPresent() && ba.isPresent()) {
        assertThat(conflict).as("conflicting changes are never both applied").isFalse();
        assertThat(ab.get().current()).isEqualTo(ba.get().current());
        commuted.incrementAndGet();
      }
      Optional<PlanHistory> onlyA = one(start, seen, a);
      if (conflict && onlyA.isPresent()) {
        EditConflictException e = catchThrowableOfType(EditConflictException.class,
            () -> PlanEditor.standard().apply(onlyA.get(), seen, b.change, b.actor, b.at));
        assertThat(e).as("%s after %s", b, a).isNotNull();
        assertThat(conflicts(a, b, pair.first)).contains(e.item());
        conflicted.incrementAndGet();
      }
    });
    assertThat(commuted.get()).as("pairs applied in both orders").isGreaterThan(100);
    assertThat(conflicted.get()).as("conflicts found").isGreaterThan(10);
  }

  static Gen<Scenario> pairScenarios() {
    return in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(30).generate(in);
      List<Step> steps = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        // Two writers at the same instant, so that either may come first in a history in time order.
        PlanChange change = ChangeSamplers.change(d, plan);
        steps.add(new Step(change, ChangeSamplers.actor(d, plan, change), START));
      }
      return new Scenario(plan, steps);
    };
  }

  private static Set<String> conflicts(Step a, Step b, MutualActionPlan plan) {
    Set<String> mine = a.change.scope(plan).touches;
    Set<String> theirs = b.change.scope(plan).touches;
    if (mine.contains(Scope.WHOLE_PLAN) || theirs.contains(Scope.WHOLE_PLAN)) {
      return Set.of(Scope.WHOLE_PLAN);
    }
    return mine.stream().filter(theirs::contains).collect(Collectors.toSet());
  }

  private static Optional<PlanHistory> one(PlanHistory start, long seen, Step step) {
    try {
      return Optional.of(PlanEditor.standard().apply(start, seen, step.change, step.actor, step.at));
    } catch (ChangeRejectedException e) {
      return Optional.empty();
    }
  }

  private static Optional<PlanHistory> both(PlanHistory start, long seen, Step first, Step second) {
    return one(start, seen, first).flatMap(h -> one(h, seen, second));
  }

  @Test
  void theBuyerViewHoldsEverySharedItemInTheSameOrderAndNothingInternal() {
    qt().forAll(Gens.mutualActionPlans(200)).checkAssert(plan -> {
      MutualActionPlan view = plan.buyerView();

      assertThat(view.commitments()).allMatch(c -> c.visibility() == Visibility.SHARED);
      assertThat(view.milestones()).allMatch(m -> m.visibility() == Visibility.SHARED);
      assertThat(view.provenance()).isEmpty();
      assertThat(view.commitments()).extracting(Commitment::id).containsExactlyElementsOf(plan.commitments().stream()
          .filter(c -> c.visibility() == Visibility.SHARED).map(Commitment::id).collect(Collectors.toList()));
      Set<MilestoneId> sharedMilestones = view.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
      assertThat(view.commitments()).allSatisfy(c ->
          c.milestone().ifPresent(m -> assertThat(sharedMilestones).contains(m)));
      // The buyer sees A after C exactly when the plan puts A after C, through internal steps or not.
      for (Commitment a : view.commitments()) {
        assertThat(reachable(view, a.id())).isEqualTo(reachable(plan, a.id()).stream()
            .filter(id -> plan.commitment(id).get().visibility() == Visibility.SHARED).collect(Collectors.toSet()));
      }
    });
  }

  private static Set<CommitmentId> reachable(MutualActionPlan plan, CommitmentId from) {
    Set<CommitmentId> seen = new HashSet<>();
    List<CommitmentId> todo = new ArrayList<>(plan.commitment(from).get().dependsOn());
    while (!todo.isEmpty()) {
      CommitmentId next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(plan.commitment(next).get().dependsOn());
      }
    }
    return seen;
  }
}
