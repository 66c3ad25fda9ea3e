package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.internal.PlanStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An event, the plan it produced, and the people it concerns: the owners, and the people responsible,
 * accountable or informed on the item it changed, other than the person who acted. Buyer-side people are
 * never told of a change to an internal item, nor of anything in a closing plan; what a change set off (stale
 * sign-offs, an agreement) concerns the owners.
 *
 * <p>{@link #plan()} is the whole plan, internal items included: show a buyer-side recipient its
 * {@link MutualActionPlan#buyerView() buyer view}.
 */
@Value.Immutable(builder = false, copy = false)
@PlanStyle
public abstract class PlanNotification {
  PlanNotification() {}

  static PlanNotification of(PlanEvent event, MutualActionPlan plan, Set<StakeholderId> recipients) {
    return ImmutablePlanNotification.of(event, plan, recipients);
  }

  /** What happened. */
  @Value.Parameter
  public abstract PlanEvent event();

  /** The plan as the event left it. */
  @Value.Parameter
  public abstract MutualActionPlan plan();

  /** Who should hear of it. */
  @Value.Parameter
  public abstract Set<StakeholderId> recipients();
}
