package io.github.mutualplan.testing;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.history.PlanHistory;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a history; see {@link MutualPlanAssertions}. A failure shows the versions and the kinds of the
 * events, not the plans.
 *
 * @since 0.1.0
 */
public final class HistoryAssert extends AbstractAssert<HistoryAssert, PlanHistory> {
  HistoryAssert(PlanHistory actual) {
    super(actual, HistoryAssert.class);
  }

  private String history() {
    return "the history of plan " + Shown.key(actual.current().id().key()) + " (versions "
        + actual.first().version() + " to " + actual.current().version() + ")";
  }

  /** The current plan is at this version. */
  public HistoryAssert isAtVersion(long version) {
    isNotNull();
    if (actual.current().version() != version) {
      failWithMessage("Expecting %s to be at version %d, but it is at %d; its events are %s", history(), version,
          actual.current().version(), events());
    }
    return this;
  }

  /** The history has this many events. */
  public HistoryAssert hasEvents(int count) {
    isNotNull();
    if (actual.events().size() != count) {
      failWithMessage("Expecting %s to have %d events, but it has %d: %s", history(), count,
          actual.events().size(), events());
    }
    return this;
  }

  /** The current plan has a sign-off that went stale. */
  public HistoryAssert hasStaleSignOffs() {
    isNotNull();
    if (actual.current().signOffs().stream().noneMatch(SignOff::stale)) {
      failWithMessage("Expecting %s to have a stale sign-off, but its sign-offs are %s", history(), signOffs());
    }
    return this;
  }

  /** The current plan has no stale sign-off. */
  public HistoryAssert hasNoStaleSignOffs() {
    isNotNull();
    if (actual.current().signOffs().stream().anyMatch(SignOff::stale)) {
      failWithMessage("Expecting %s to have no stale sign-off, but its sign-offs are %s", history(), signOffs());
    }
    return this;
  }

  /** Replaying the events on the first plan gives this plan, as a store that replays a history would. */
  public HistoryAssert replaysTo(MutualActionPlan plan) {
    isNotNull();
    MutualActionPlan replayed = PlanHistory.replay(actual.first(), actual.events()).current();
    if (!replayed.equals(plan)) {
      failWithMessage("Expecting %s to replay to plan %s at version %d, but it replays to %s at version %d",
          history(), Shown.key(plan.id().key()), plan.version(), Shown.key(replayed.id().key()),
          replayed.version());
    }
    return this;
  }

  private String events() {
    List<String> events = actual.events().stream().map(e -> e.version() + " " + e.getClass().getSimpleName())
        .collect(Collectors.toList());
    return Shown.keys(events);
  }

  private String signOffs() {
    return Shown.keys(actual.current().signOffs().stream().map(s -> s.stakeholder().key() + " v" + s.version()
        + (s.stale() ? " stale" : "")).collect(Collectors.toList()));
  }
}
