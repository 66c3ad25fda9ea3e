package io.github.mutualplan.history;

import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.history.PlanDiff.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The policy {@link PlanPolicy#standard()} describes. */
final class StandardPolicy implements PlanPolicy {
  static final StandardPolicy INSTANCE = new StandardPolicy();

  /** The fields whose change is material, by section. */
  private static final Map<String, Set<String>> MATERIAL_FIELDS = Map.of(
      "plan", Set.of("targetClose", "buyerCalendar", "sellerCalendar"),
      "commitments", Set.of("start", "due", "durationDays", "fixed", "dependsOn", "owingSide"),
      "milestones", Set.of("targetDate"),
      "decisionCriteria", Set.of("name", "category", "weight"));
  /** The sections in which an item added or removed is material. */
  private static final Set<String> MATERIAL_ITEMS = Set.of("commitments", "milestones", "decisionCriteria");

  private StandardPolicy() {}

  @Override
  public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
    Scope scope = change.scope(plan);
    if (scope.ownersOnly) {
      return plan.owners().contains(actor.id()) ? List.of()
          : List.of("only the plan's owners " + plan.owners() + " make this change; '" + actor.id() + "' is not one");
    }
    if (plan.kind() == PlanKind.CLOSING_PLAN) {
      return actor.side() == Side.SELLER ? List.of()
          : List.of("a closing plan is the seller's; '" + actor.id() + "' is on the BUYER side");
    }
    List<String> refusals = new ArrayList<>();
    if (scope.itemOwner.isPresent()) {
      if (!scope.itemOwner.get().equals(actor.id())) {
        refusals.add("only its owner '" + scope.itemOwner.get() + "' changes " + scope.touches.iterator().next());
      }
    } else if (scope.side.isPresent() && scope.side.get() != actor.side()
        && !(scope.ownersToo && plan.owners().contains(actor.id()))) {
      refusals.add("only the " + scope.side.get() + " side changes " + scope.touches.iterator().next() + "; '"
          + actor.id() + "' is on the " + actor.side() + " side");
    }
    if (change instanceof PlanChange.UpdateCommitment) {
      PlanChange.UpdateCommitment update = (PlanChange.UpdateCommitment) change;
      plan.commitment(update.commitment().id())
          .filter(c -> c.owingSide() != update.commitment().owingSide())
          .ifPresent(c -> refusals.add("commitment '" + c.id() + "' is owed by the " + c.owingSide()
              + "; in a shared plan it does not move to the other side"));
    }
    return refusals;
  }

  @Override
  public boolean isMaterial(PlanDiff diff) {
    for (Difference d : diff.differences()) {
      boolean itemAddedOrRemoved = d.kind() == Difference.Kind.ADDED || d.kind() == Difference.Kind.REMOVED;
      if (itemAddedOrRemoved && MATERIAL_ITEMS.contains(d.section())) {
        return true;
      }
      if (d.kind() == Difference.Kind.CHANGED) {
        String field = d.field().orElse("");
        if (MATERIAL_FIELDS.getOrDefault(d.section(), Set.of()).contains(field)) {
          return true;
        }
        boolean cancelled = d.after().filter(CommitmentStatus.CANCELLED.name()::equals).isPresent();
        if (d.section().equals("commitments") && field.equals("status") && cancelled) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<String> missingForSharing(MutualActionPlan plan) {
    List<String> missing = new ArrayList<>();
    if (plan.buyerCoOwner().isEmpty()) {
      missing.add("no buyer co-owner is named");
    }
    if (plan.stakeholdersWith(Role.CHAMPION).stream().noneMatch(s -> s.side() == Side.BUYER)) {
      missing.add("no champion is named on the buyer side");
    }
    if (plan.stakeholdersWith(Role.ECONOMIC_BUYER).stream().noneMatch(s -> s.side() == Side.BUYER)) {
      missing.add("no economic buyer is named on the buyer side");
    }
    return missing;
  }
}
