package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.history.Draft.Refused;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
 * // Stored elsewhere and loaded again: replaying checks every event.
 * PlanHistory loaded = PlanHistory.replay(history.first(), history.events());
 * }</pre>
 *
 * <p>A history is an immutable value, equal to another with the same first plan and events; new events come
 * only through a {@link PlanEditor}. Reading an old version replays up to it.
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
   * A history of these events from this plan, checked by replaying them: for loading a history stored
   * elsewhere.
   *
   * @throws InvalidHistoryException if the events do not replay from the plan
   */
  public static PlanHistory replay(MutualActionPlan first, List<PlanEvent> events) {
    Objects.requireNonNull(first, "first");
    ImmutableList<PlanEvent> log = ImmutableList.copyOf(events);
    return new PlanHistory(first, log, replay(first, log, Long.MAX_VALUE));
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

  private static MutualActionPlan replay(MutualActionPlan first, List<PlanEvent> events, long upTo) {
    MutualActionPlan plan = first;
    int i = 0;
    while (i < events.size() && events.get(i).version() <= upTo) {
      PlanEvent event = events.get(i);
      if (!(event instanceof PlanEvent.ChangeApplied) || event.version() != plan.version() + 1) {
        throw invalid(i, event, "expected the change that made version " + (plan.version() + 1), null);
      }
      PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
      Transition step;
      try {
        step = Transition.of(plan, applied.change(), applied.actor(), applied.at(), (b, a) -> applied.material());
      } catch (Refused | PlanValidationException failure) {
        throw invalid(i, event, "the change does not apply: " + failure.getMessage(), failure);
      }
      for (PlanEvent expected : step.events) {
        if (i >= events.size() || !events.get(i).equals(expected)) {
          throw invalid(i, i < events.size() ? events.get(i) : event, "expected " + expected, null);
        }
        i++;
      }
      plan = step.plan;
    }
    return plan;
  }

  private static InvalidHistoryException invalid(int index, PlanEvent event, String problem, Throwable cause) {
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
