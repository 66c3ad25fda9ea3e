package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An event, the plan it produced, and the people of one side who should hear of it: the owners, and the people
 * responsible, accountable or informed on the item it changed, other than the person who acted. Buyer-side
 * people are never told of a change to an internal item, nor of anything in a closing plan; what a change set
 * off (stale sign-offs, an agreement) concerns the owners.
 *
 * <p><b>Each side gets what it may see.</b> An editor makes one notification per event for the seller's side,
 * always (its recipients may be none, so that a listener hears of every event once), carrying the whole plan; and,
 * when buyer-side people are to hear of the event, a second one for them, carrying the
 * {@linkplain MutualActionPlan#buyerView() buyer's view} of the plan and the event as the buyer may see it (a
 * commitment as in the buyer's view, an order without the internal commitments). So a listener may hand a
 * notification's plan and event to every one of its recipients without leaking an internal item.
 *
 * <pre>{@code
 * PlanEditor editor = PlanEditor.standard().withListener(n ->
 *     n.recipients().forEach(to -> mailer.send(to, n.event(), n.plan())));  // safe for either side
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PlanNotification {
  PlanNotification() {}

  static PlanNotification of(PlanEvent event, MutualActionPlan plan, Side audience, Set<StakeholderId> recipients) {
    return ImmutablePlanNotification.of(event, plan, audience, recipients);
  }

  /** What happened, as the {@linkplain #audience() audience} may see it. */
  @Value.Parameter
  public abstract PlanEvent event();

  /**
   * The plan as the event left it, as the audience may see it: the whole plan for the seller's side, the
   * buyer's view for the buyer's.
   */
  @Value.Parameter
  public abstract MutualActionPlan plan();

  /** The side whose people the recipients are. */
  @Value.Parameter
  public abstract Side audience();

  /** Who should hear of it: people of the {@linkplain #audience() audience}'s side only. */
  @Value.Parameter
  public abstract Set<StakeholderId> recipients();
}
