package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Violation;
import io.github.mutualplan.history.Draft.Refused;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies changes to plans: checks that the actor may make the change ({@link PlanPolicy}), works it into the
 * next version, records the events, and tells the listeners.
 *
 * <pre>{@code
 * PlanEditor editor = PlanEditor.standard().withListener(notifications::send);
 *
 * PlanHistory history = PlanHistory.of(plan);                        // version 1
 * history = editor.apply(history, PlanChange.share(maria), alex, now);  // version 2, shared with the buyer
 * history = editor.apply(history, PlanChange.completeCommitment(securityReview, today), lee, now);
 * MutualActionPlan current = history.current();
 * }</pre>
 *
 * <p>A refused change throws a {@link ChangeRejectedException} (or its subtypes {@link ChangeNotPermittedException}
 * and {@link EditConflictException}) and changes nothing. A closed plan refuses every change but
 * {@link PlanChange#reopen(String)}.
 *
 * <p><b>Concurrency.</b> Editing is optimistic: {@link #apply(PlanHistory, long, PlanChange, StakeholderId,
 * Instant)} takes the version the change was made against. If the plan moved on since, the change is rebased
 * onto the current version when it touches other items than the changes in between, and refused with an
 * {@link EditConflictException} naming the item otherwise. A sign-off conflicts with any change in between.
 *
 * <p>Listeners run on the calling thread, after the change is applied. Instances are immutable and safe to share
 * between threads when their listeners are: a shared editor's listeners hear the changes of every thread.
 *
 * @since 0.1.0
 */
public final class PlanEditor {
  private static final Logger LOG = LoggerFactory.getLogger(PlanEditor.class);
  private static final PlanEditor STANDARD = new PlanEditor(PlanPolicy.standard(), ImmutableList.of());

  private final PlanPolicy policy;
  private final ImmutableList<PlanListener> listeners;

  private PlanEditor(PlanPolicy policy, ImmutableList<PlanListener> listeners) {
    this.policy = policy;
    this.listeners = listeners;
  }

  /** An editor with the {@linkplain PlanPolicy#standard() standard policy} and no listeners. */
  public static PlanEditor standard() {
    return STANDARD;
  }

  /** A copy of this editor with another policy. */
  public PlanEditor withPolicy(PlanPolicy policy) {
    return new PlanEditor(Objects.requireNonNull(policy, "policy"), listeners);
  }

  /** A copy of this editor that also tells this listener of every event, after the listeners it has. */
  public PlanEditor withListener(PlanListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new PlanEditor(policy, ImmutableList.<PlanListener>builder().addAll(listeners).add(listener).build());
  }

  /** The policy this editor applies. */
  public PlanPolicy policy() {
    return policy;
  }

  /**
   * Applies a change to a plan.
   *
   * @param plan the plan as it is
   * @param change the change
   * @param actor the stakeholder making it
   * @param at when
   * @return the next version and the events
   * @throws ChangeNotPermittedException if the actor is not a stakeholder or may not make the change
   * @throws ChangeRejectedException if the change does not fit the plan or would make it invalid
   */
  public Edit apply(MutualActionPlan plan, PlanChange change, StakeholderId actor, Instant at) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Stakeholder who = plan.stakeholder(actor).orElseThrow(() -> new ChangeNotPermittedException(
        plan.id(), plan.version(), change, actor, List.of("'" + actor + "' is not a stakeholder of the plan")));
    List<String> refusals = policy.refusals(plan, change, who);
    if (!refusals.isEmpty()) {
      throw new ChangeNotPermittedException(plan.id(), plan.version(), change, actor, refusals);
    }
    Transition step;
    try {
      checkSharingGate(plan, change);
      step = Transition.of(plan, change, actor, at, (before, after) -> policy.isMaterial(signedContent(before, after)));
    } catch (Refused refused) {
      throw new ChangeRejectedException(plan.id(), plan.version(), change, actor, refused.violations, null);
    } catch (PlanValidationException invalid) {
      throw new ChangeRejectedException(plan.id(), plan.version(), change, actor, invalid.violations(), invalid);
    }
    notifyListeners(plan, change, step);
    return Edit.of(step.plan, step.events);
  }

  /**
   * Applies a change to the current version of a plan's history.
   *
   * @return the history with the change's events appended
   * @throws ChangeRejectedException as {@link #apply(MutualActionPlan, PlanChange, StakeholderId, Instant)},
   *     or if {@code at} is before the history's last event: a history is in time order
   */
  public PlanHistory apply(PlanHistory history, PlanChange change, StakeholderId actor, Instant at) {
    Objects.requireNonNull(history, "history");
    return apply(history, history.current().version(), change, actor, at);
  }

  /**
   * Applies a change made against an earlier version, rebasing it onto the current one when nothing in
   * between touched the same items.
   *
   * @param basedOn the version the change was made against
   * @return the history with the change's events appended
   * @throws EditConflictException if a change after {@code basedOn} touched an item this change touches
   * @throws ChangeRejectedException as {@link #apply(MutualActionPlan, PlanChange, StakeholderId, Instant)},
   *     or if {@code at} is before the history's last event: a history is in time order
   */
  public PlanHistory apply(PlanHistory history, long basedOn, PlanChange change, StakeholderId actor, Instant at) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    MutualActionPlan current = history.current();
    if (basedOn < history.first().version() || basedOn > current.version()) {
      throw new ChangeRejectedException(current.id(), current.version(), change, actor, List.of(Violation.of(
          PlanRule.HISTORY_ORDER, "basedOn", "basedOn: version " + basedOn + " is not in the history ("
          + history.first().version() + " to " + current.version() + ")")), null);
    }
    List<PlanEvent> events = history.events();
    if (!events.isEmpty() && at.isBefore(events.get(events.size() - 1).at())) {
      PlanEvent last = events.get(events.size() - 1);
      throw new ChangeRejectedException(current.id(), current.version(), change, actor, List.of(Violation.of(
          PlanRule.HISTORY_ORDER, "at", "at: " + at + " is before the last event of the history (version "
          + last.version() + " at " + last.at() + "); a history is in time order")), null);
    }
    Scope scope = change.scope(current);
    for (PlanEvent event : history.eventsAfter(basedOn)) {
      if (event instanceof PlanEvent.ChangeApplied) {
        Scope later = ((PlanEvent.ChangeApplied) event).change().scope(current);
        conflict(scope, later).ifPresent(item -> {
          throw new EditConflictException(current.id(), current.version(), change, actor, basedOn, item,
              event.version(), event.actor());
        });
      }
    }
    Edit edit = apply(current, change, actor, at);
    return history.append(edit);
  }

  /**
   * What changed in what the owners sign: the plan as the buyer sees it. A change to an internal item is
   * never material, so it cannot make the buyer's sign-off stale (nor tell the buyer of it).
   */
  private static PlanDiff signedContent(MutualActionPlan before, MutualActionPlan after) {
    boolean shared = before.kind() == PlanKind.MUTUAL_ACTION_PLAN && after.kind() == PlanKind.MUTUAL_ACTION_PLAN;
    return shared ? PlanDiff.between(before.buyerView(), after.buyerView()) : PlanDiff.between(before, after);
  }

  private static Optional<String> conflict(Scope mine, Scope theirs) {
    if (mine.touches.contains(Scope.WHOLE_PLAN) || theirs.touches.contains(Scope.WHOLE_PLAN)) {
      return Optional.of(Scope.WHOLE_PLAN);
    }
    return mine.touches.stream().filter(theirs.touches::contains).findFirst();
  }

  private void checkSharingGate(MutualActionPlan plan, PlanChange change) {
    if (!(change instanceof PlanChange.SharePlan) || plan.kind() != PlanKind.CLOSING_PLAN
        || plan.status() != PlanStatus.DRAFT) {
      return;
    }
    MutualActionPlan prospective = ((PlanChange.SharePlan) change).buyerCoOwner()
        .map(plan::withBuyerCoOwner).orElse(plan);
    List<String> missing = policy.missingForSharing(prospective);
    if (!missing.isEmpty()) {
      throw new Refused(missing.stream().map(reason -> Violation.of(PlanRule.SHARING_GATE, "stakeholders", reason))
          .collect(Collectors.toList()));
    }
  }

  private void notifyListeners(MutualActionPlan before, PlanChange change, Transition step) {
    if (listeners.isEmpty()) {
      return;
    }
    Scope scope = change.scope(before);
    for (PlanEvent event : step.events) {
      for (PlanNotification notification : Recipients.notifications(before, step.plan, scope, event)) {
        for (PlanListener listener : listeners) {
          try {
            listener.onEvent(notification);
          } catch (RuntimeException | Error failure) {
            if (failure instanceof VirtualMachineError) {
              throw (VirtualMachineError) failure;
            }
            LOG.warn("Listener {} failed on {} of plan '{}' version {}; the change stands",
                listener.getClass().getName(), event.getClass().getSuperclass().getSimpleName(), step.plan.id(),
                event.version(), failure);
          }
        }
      }
    }
  }
}
