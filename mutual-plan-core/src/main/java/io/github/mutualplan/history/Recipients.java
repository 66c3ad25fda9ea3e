package io.github.mutualplan.history;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Visibility;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Who hears of an event: see {@link PlanNotification}. */
final class Recipients {
  private Recipients() {}

  static Set<StakeholderId> of(MutualActionPlan before, MutualActionPlan after, Scope scope, PlanEvent event) {
    Set<StakeholderId> recipients = new LinkedHashSet<>(after.owners());
    boolean internal = after.kind() == PlanKind.CLOSING_PLAN;
    if (event instanceof PlanEvent.ChangeApplied) {
      for (ItemId item : scope.items) {
        for (MutualActionPlan plan : new MutualActionPlan[] {before, after}) {
          Optional<Set<Responsibility>> people = responsibilities(plan, item);
          people.ifPresent(set -> set.stream()
              .filter(r -> r.raci() != Raci.CONSULTED)
              .forEach(r -> recipients.add(r.stakeholder())));
          internal |= visibility(plan, item).filter(v -> v == Visibility.INTERNAL).isPresent();
        }
      }
    }
    if (internal) {
      recipients.removeIf(id -> side(before, after, id) != Side.SELLER);
    }
    recipients.remove(event.actor());
    return recipients;
  }

  private static Optional<Set<Responsibility>> responsibilities(MutualActionPlan plan, ItemId item) {
    return item instanceof CommitmentId
        ? plan.commitment((CommitmentId) item).map(Commitment::responsibilities)
        : plan.milestone((MilestoneId) item).map(Milestone::responsibilities);
  }

  private static Optional<Visibility> visibility(MutualActionPlan plan, ItemId item) {
    return item instanceof CommitmentId
        ? plan.commitment((CommitmentId) item).map(Commitment::visibility)
        : plan.milestone((MilestoneId) item).map(Milestone::visibility);
  }

  private static Side side(MutualActionPlan before, MutualActionPlan after, StakeholderId id) {
    return after.stakeholder(id).or(() -> before.stakeholder(id)).map(Stakeholder::side).orElse(Side.BUYER);
  }
}
