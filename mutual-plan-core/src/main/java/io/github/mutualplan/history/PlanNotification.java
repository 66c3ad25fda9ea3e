package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.internal.PlanStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An event, the plan it produced, and the people it concerns: the owners, and the people responsible,
 * accountable or informed on the item it changed, other than the person who acted. Buyer-side people are
 * never told of an internal item, nor of anything in a closing plan.
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
