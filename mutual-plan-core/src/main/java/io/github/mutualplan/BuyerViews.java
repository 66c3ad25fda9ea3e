package io.github.mutualplan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the buyer's view of a plan: the plan without anything internal. */
final class BuyerViews {
  private BuyerViews() {}

  /**
   * The plan without internal commitments, internal milestones and provenance. A shared commitment that
   * depended on an internal one depends, instead, on the shared commitments the internal one waited for, so
   * the order the buyer sees is the order of the plan.
   *
   * @throws IllegalStateException for a closing plan, which the buyer never sees
   */
  static MutualActionPlan of(MutualActionPlan plan) {
    if (plan.kind() != PlanKind.MUTUAL_ACTION_PLAN) {
      throw new IllegalStateException("plan '" + plan.id() + "' is a closing plan: the buyer sees no part of it");
    }
    Map<CommitmentId, Commitment> byId = plan.commitments().stream()
        .collect(Collectors.toMap(Commitment::id, c -> c));
    Set<MilestoneId> sharedMilestones = plan.milestones().stream()
        .filter(m -> m.visibility() == Visibility.SHARED).map(Milestone::id).collect(Collectors.toSet());
    Map<CommitmentId, Set<CommitmentId>> sharedBehind = new HashMap<>();
    List<Commitment> shared = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      if (c.visibility() != Visibility.SHARED) {
        continue;
      }
      Set<CommitmentId> dependsOn = new LinkedHashSet<>();
      for (CommitmentId dependency : c.dependsOn()) {
        if (of(byId, dependency).visibility() == Visibility.SHARED) {
          dependsOn.add(dependency);
        } else {
          dependsOn.addAll(sharedBehind(dependency, byId, sharedBehind));
        }
      }
      Optional<MilestoneId> milestone = c.milestone().filter(sharedMilestones::contains);
      shared.add(c.withDependsOn(dependsOn).withMilestone(milestone));
    }
    return MutualActionPlan.builder().from(plan)
        .commitments(shared)
        .milestones(plan.milestones().stream().filter(m -> sharedMilestones.contains(m.id()))
            .collect(Collectors.toList()))
        .provenance(Optional.empty())
        .build();
  }

  /** The shared commitments an internal one waits for, looking through other internal ones; memoized. */
  private static Set<CommitmentId> sharedBehind(
      CommitmentId internal, Map<CommitmentId, Commitment> byId, Map<CommitmentId, Set<CommitmentId>> memo) {
    Set<CommitmentId> known = memo.get(internal);
    if (known != null) {
      return known;
    }
    // Iterative post-order over the internal commitments below this one: deep chains cannot overflow the stack.
    ArrayDeque<CommitmentId> stack = new ArrayDeque<>();
    stack.push(internal);
    while (!stack.isEmpty()) {
      CommitmentId top = stack.peek();
      if (memo.containsKey(top)) {
        stack.pop();
        continue;
      }
      boolean ready = true;
      for (CommitmentId dependency : of(byId, top).dependsOn()) {
        if (of(byId, dependency).visibility() != Visibility.SHARED && !memo.containsKey(dependency)) {
          stack.push(dependency);
          ready = false;
        }
      }
      if (ready) {
        stack.pop();
        Set<CommitmentId> behind = new LinkedHashSet<>();
        for (CommitmentId dependency : of(byId, top).dependsOn()) {
          if (of(byId, dependency).visibility() == Visibility.SHARED) {
            behind.add(dependency);
          } else {
            behind.addAll(Objects.requireNonNull(memo.get(dependency)));
          }
        }
        memo.put(top, behind);
      }
    }
    return Objects.requireNonNull(memo.get(internal));
  }

  /** The commitment of an id that a valid plan has. */
  private static Commitment of(Map<CommitmentId, Commitment> byId, CommitmentId id) {
    return Objects.requireNonNull(byId.get(id), id::key);
  }
}
