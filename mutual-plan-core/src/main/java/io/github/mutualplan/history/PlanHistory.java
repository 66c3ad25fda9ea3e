package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualActionPlan;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The append-only log of a plan's events from its first version, and the plan they lead to. Replaying the
 * events from the first version gives exactly the {@linkplain #current() current} plan.
 *
 * <pre>{@code
 * PlanHistory history = PlanHistory.of(plan);
 * history = editor.apply(history, PlanChange.rescheduleCommitment(legal, LocalDate.of(2027, 4, 9)), alex, now);
 * history.diff(1, history.current().version()).differences()
 *     .forEach(System.out::println); // commitments[legal-review].due: 2027-04-02 -> 2027-04-09
 *
 * // Stored elsewhere and loaded again: replaying verifies every event.
 * PlanHistory loaded = PlanHistory.replay(history.first(), history.events(), myPolicy);
 * }</pre>
 *
 * <p>A history is an immutable value, equal to another with the same first plan and events; new events come
 * only through a {@link PlanEditor}. Reading an old version replays up to it.
 *
 * <p><b>Replay is verification.</b> A stored history is an audit trail, and whoever can write the store could
 * otherwise forge it. {@link #replay(MutualActionPlan, List, PlanPolicy)} therefore re-applies every recorded
 * change as a live edit would: the actor must be a stakeholder whom the policy permits to make it, a closing
 * plan must pass the sharing gate, and what follows from the change (whether it is material, the sign-offs it
 * makes stale, the agreement, the plan's status) is derived again rather than read. The recorded events must be
 * exactly the ones the edit gives, or the history is refused with an {@link InvalidHistoryException} naming the
 * first event that disagrees. Events are in time order: one dated before the event before it is refused too.
 * The first plan is checked as any plan is (it is valid, or it could not exist);
 * a history stored from version 1 is therefore verified whole, while one that starts at a later version, such
 * as a snapshot, trusts that version as far as the model's rules go.
 *
 * <p><b>One policy.</b> The events record who did what and when, not the policy of the day: a replay applies
 * the one policy it is given, the standard one unless another is passed. A team whose policy changed replays
 * with one that permits what either permitted, or keeps the histories made under each apart.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PlanHistory {
  private final MutualActionPlan first;
  private final ImmutableList<PlanEvent> events;
  private final MutualActionPlan current;

  private PlanHistory(MutualActionPlan first, ImmutableList<PlanEvent> events, MutualActionPlan current) {
    this.first = first;
    this.events = events;
    this.current = current;
  }

  /** A history that starts with this plan and has no events yet. */
  public static PlanHistory of(MutualActionPlan first) {
    Objects.requireNonNull(first, "first");
    return new PlanHistory(first, ImmutableList.of(), first);
  }

  /**
   * A history of these events from this plan, verified by replaying them under the
   * {@linkplain PlanPolicy#standard() standard policy}: for loading a history stored elsewhere.
   *
   * @throws InvalidHistoryException if the events are not exactly what the changes they record give
   */
  public static PlanHistory replay(MutualActionPlan first, List<PlanEvent> events) {
    return replay(first, events, PlanPolicy.standard());
  }

  /**
   * A history of these events from this plan, verified by replaying every change through this policy as a
   * live edit would (see the class documentation): for loading a history stored elsewhere.
   *
   * @param first the plan as the history started
   * @param events the events, oldest first
   * @param policy the policy the changes were made under
   * @return the history
   * @throws InvalidHistoryException naming the first event that a live edit would refuse or would not have
   *     recorded so
   */
  public static PlanHistory replay(MutualActionPlan first, List<PlanEvent> events, PlanPolicy policy) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(policy, "policy");
    ImmutableList<PlanEvent> log = ImmutableList.copyOf(events);
    PlanEditor editor = PlanEditor.standard().withPolicy(policy);
    MutualActionPlan plan = first;
    int i = 0;
    while (i < log.size()) {
      PlanEvent.ChangeApplied applied = changeOfNextVersion(plan, i, log.get(i));
      if (i > 0 && applied.at().isBefore(log.get(i - 1).at())) {
        throw invalid(i, applied, "the event is dated " + applied.at() + ", before the event before it ("
            + log.get(i - 1).at() + "); a history is in time order", null);
      }
      Edit edit;
      try {
        edit = editor.apply(plan, applied.change(), applied.actor(), applied.at());
      } catch (ChangeRejectedException refused) {
        throw invalid(i, applied, "a live edit refuses the change: " + String.join("; ", refused.reasons()), refused);
      }
      for (PlanEvent expected : edit.events()) {
        PlanEvent recorded = i < log.size() ? log.get(i) : null;
        if (!expected.equals(recorded)) {
          throw invalid(i, recorded == null ? applied : recorded, mismatch(expected, recorded), null);
        }
        i++;
      }
      plan = edit.plan();
    }
    return new PlanHistory(first, log, plan);
  }

  /** The plan as the history started. */
  public MutualActionPlan first() {
    return first;
  }

  /** The plan as it is now. */
  public MutualActionPlan current() {
    return current;
  }

  /** Every event, oldest first. */
  public List<PlanEvent> events() {
    return events;
  }

  /** The events of the versions after this one, oldest first. */
  public List<PlanEvent> eventsAfter(long version) {
    return events.stream().filter(e -> e.version() > version).collect(ImmutableList.toImmutableList());
  }

  /**
   * The plan as it was at a version, by replaying the events up to it.
   *
   * @throws IllegalArgumentException if the history has no such version
   */
  public MutualActionPlan version(long version) {
    if (version < first.version() || version > current.version()) {
      throw new IllegalArgumentException("version: " + version + " is not in the history of plan '" + first.id()
          + "' (" + first.version() + " to " + current.version() + ")");
    }
    return version == current.version() ? current : replay(first, events, version);
  }

  /** What changed from one version to another, item by item. */
  public PlanDiff diff(long from, long to) {
    return PlanDiff.between(version(from), version(to));
  }

  /** The history with the events of an edit of its current plan appended. */
  PlanHistory append(Edit edit) {
    return new PlanHistory(first,
        ImmutableList.<PlanEvent>builder().addAll(events).addAll(edit.events()).build(), edit.plan());
  }

  /**
   * The plan at a version of this history, by working its changes in again. The history was verified when it
   * was made, so the recorded materiality stands and no policy is asked again.
   */
  private static MutualActionPlan replay(MutualActionPlan first, List<PlanEvent> events, long upTo) {
    MutualActionPlan plan = first;
    for (PlanEvent event : events) {
      if (event.version() > upTo) {
        break;
      }
      if (event instanceof PlanEvent.ChangeApplied) {
        PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
        plan = Transition.of(plan, applied.change(), applied.actor(), applied.at(), (b, a) -> applied.material())
            .plan;
      }
    }
    return plan;
  }

  private static PlanEvent.ChangeApplied changeOfNextVersion(MutualActionPlan plan, int index, PlanEvent event) {
    if (!(event instanceof PlanEvent.ChangeApplied) || event.version() != plan.version() + 1) {
      throw invalid(index, event, "expected the change that made version " + (plan.version() + 1) + ", was "
          + "the " + describe(event), null);
    }
    return (PlanEvent.ChangeApplied) event;
  }

  /** What a live edit records that the history does not, in words. */
  private static String mismatch(PlanEvent expected, @Nullable PlanEvent recorded) {
    if (recorded == null) {
      return "the history ends before the " + describe(expected) + " that the change sets off";
    }
    if (expected instanceof PlanEvent.ChangeApplied && recorded instanceof PlanEvent.ChangeApplied
        && ((PlanEvent.ChangeApplied) expected).material() != ((PlanEvent.ChangeApplied) recorded).material()) {
      boolean material = ((PlanEvent.ChangeApplied) expected).material();
      return "the event says the change is " + (material ? "not " : "") + "material, but under the policy it is"
          + (material ? "" : " not");
    }
    return "expected the " + describe(expected) + ", was the " + describe(recorded);
  }

  /** An event in a few words: its kind, version, actor and time, and what it holds besides the change. */
  private static String describe(PlanEvent event) {
    StringBuilder text = new StringBuilder(event.getClass().getSuperclass().getSimpleName())
        .append(" event of version ").append(event.version()).append(" by '").append(event.actor())
        .append("' at ").append(event.at());
    if (event instanceof PlanEvent.ChangeApplied) {
      PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
      text.append(" (").append(ChangeRejectedException.name(applied.change()))
          .append(applied.material() ? ", material)" : ")");
    } else if (event instanceof PlanEvent.SignOffsWentStale) {
      text.append(" (signers ").append(((PlanEvent.SignOffsWentStale) event).signers()).append(')');
    }
    return text.toString();
  }

  private static InvalidHistoryException invalid(int index, PlanEvent event, String problem,
      @Nullable Throwable cause) {
    return new InvalidHistoryException("events[" + index + "] (version " + event.version() + "): " + problem, cause);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanHistory && first.equals(((PlanHistory) other).first)
        && events.equals(((PlanHistory) other).events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, events);
  }

  /** Returns the plan, its versions and the number of events, not the whole content. */
  @Override
  public String toString() {
    return "PlanHistory{plan=" + first.id() + ", versions " + first.version() + " to " + current.version() + ", "
        + events.size() + " events: " + events.stream().map(e -> e.getClass().getSuperclass().getSimpleName())
            .distinct().collect(Collectors.joining(", ")) + "}";
  }
}
