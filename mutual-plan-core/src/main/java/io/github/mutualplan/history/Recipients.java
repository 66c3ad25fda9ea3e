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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who hears of an event, and what each side is shown of it: see {@link PlanNotification}. */
final class Recipients {
  private Recipients() {}

  /**
   * The notifications of an event: the seller's side's, always, and the buyer's side's when buyer-side people
   * are to hear of it.
   */
  static List<PlanNotification> notifications(MutualActionPlan before, MutualActionPlan after, Scope scope,
      PlanEvent event) {
    Set<StakeholderId> sellers = new LinkedHashSet<>();
    Set<StakeholderId> buyers = new LinkedHashSet<>();
    for (StakeholderId id : of(before, after, scope, event)) {
      (side(before, after, id) == Side.SELLER ? sellers : buyers).add(id);
    }
    List<PlanNotification> notifications = new ArrayList<>(2);
    notifications.add(PlanNotification.seen(event, after, Side.SELLER, sellers));
    if (!buyers.isEmpty()) {
      MutualActionPlan view = after.buyerView();
      asTheBuyerSeesIt(event, view).ifPresent(seen ->
          notifications.add(PlanNotification.seen(seen, view, Side.BUYER, buyers)));
    }
    return notifications;
  }

  /**
   * The event with no internal item in it: a commitment as in the buyer's view, an order of the shared
   * commitments. Empty if the buyer could not see it at all, which the recipients already rule out.
   */
  private static Optional<PlanEvent> asTheBuyerSeesIt(PlanEvent event, MutualActionPlan view) {
    if (!(event instanceof PlanEvent.ChangeApplied)) {
      return Optional.of(event);
    }
    PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
    PlanChange change = applied.change();
    Optional<PlanChange> seen;
    if (change instanceof PlanChange.AddCommitment) {
      seen = view.commitment(((PlanChange.AddCommitment) change).commitment().id()).map(PlanChange::addCommitment);
    } else if (change instanceof PlanChange.UpdateCommitment) {
      seen = view.commitment(((PlanChange.UpdateCommitment) change).commitment().id())
          .map(PlanChange::updateCommitment);
    } else if (change instanceof PlanChange.ReorderCommitments) {
      seen = Optional.of(PlanChange.reorderCommitments(((PlanChange.ReorderCommitments) change).order().stream()
          .filter(id -> view.commitment(id).isPresent()).collect(Collectors.toList())));
    } else {
      return Optional.of(event);
    }
    return seen.map(c -> c.equals(change) ? event
        : PlanEvent.changeApplied(event.version(), event.at(), event.actor(), c, applied.material()));
  }

  private static Set<StakeholderId> of(MutualActionPlan before, MutualActionPlan after, Scope scope,
      PlanEvent event) {
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
