package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.Draft.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One step of a plan's life: a change worked into the next version, with its bookkeeping (sign-offs made
 * stale by a material change, the status of a shared plan). The editor and the replay of a history both take
 * this one path, so a replay gives exactly the plan the edits gave.
 */
final class Transition {
  final MutualActionPlan plan;
  final List<PlanEvent> events;

  private Transition(MutualActionPlan plan, List<PlanEvent> events) {
    this.plan = plan;
    this.events = List.copyOf(events);
  }

  /**
   * Applies the change.
   *
   * @param material decides from the plan before and after whether the change is material
   * @throws Refused if the change does not fit the plan
   * @throws io.github.mutualplan.PlanValidationException if the change would make the plan invalid
   */
  static Transition of(MutualActionPlan before, PlanChange change, StakeholderId actor, Instant at,
      BiPredicate<MutualActionPlan, MutualActionPlan> material) {
    if (!PlanLimits.isWithinLimits(at)) {
      throw new Refused(PlanRule.WITHIN_LIMITS, "at", "the time " + at + " is not within the years "
          + PlanLimits.EARLIEST_DATE.getYear() + " to "
          + PlanLimits.LATEST_DATE.getYear());
    }
    boolean afterClose = change instanceof PlanChange.ReopenPlan || change instanceof PlanChange.RecordMeasurement;
    if (before.status().isClosed() && !afterClose) {
      throw new Refused(PlanRule.LIFECYCLE, "status", "the plan is " + before.status()
          + ": it accepts no change but reopening" + (before.status() == PlanStatus.CLOSED_WON
          ? " and recording measurements" : ""));
    }
    Draft draft = new Draft(before, actor, at);
    change.applyTo(draft);
    long version = before.version() + 1;
    MutualActionPlan after = draft.build(version);
    boolean isMaterial = material.test(before, after);
    List<PlanEvent> events = new ArrayList<>();
    events.add(PlanEvent.changeApplied(version, at, actor, change, isMaterial));
    if (after.kind() != PlanKind.MUTUAL_ACTION_PLAN || after.status().isClosed()) {
      return new Transition(after, events);
    }
    List<SignOff> signOffs = new ArrayList<>();
    List<StakeholderId> madeStale = new ArrayList<>();
    for (SignOff s : after.signOffs()) {
      if (isMaterial && !s.stale()) {
        madeStale.add(s.stakeholder());
        signOffs.add(s.withStale(true));
      } else {
        signOffs.add(s);
      }
    }
    boolean agreed = after.owners().stream()
        .allMatch(owner -> signOffs.stream().anyMatch(s -> s.stakeholder().equals(owner) && !s.stale()));
    PlanStatus status = agreed ? PlanStatus.AGREED : PlanStatus.SHARED;
    if (!madeStale.isEmpty()) {
      events.add(PlanEvent.signOffsWentStale(version, at, actor, madeStale));
    }
    if (agreed && before.status() != PlanStatus.AGREED) {
      events.add(PlanEvent.planAgreed(version, at, actor));
    }
    if (!madeStale.isEmpty() || status != after.status()) {
      after = MutualActionPlan.builder().from(after).signOffs(signOffs).status(status).build();
    }
    return new Transition(after, events);
  }
}
