package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import java.util.Objects;
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
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PlanNotification {
  PlanNotification() {}

  /**
   * A notification to deliver again or later, made from what was kept of one an editor made: for a store that
   * keeps the events to notify of in the same transaction as the change (an outbox) and hands them to its
   * listeners afterwards. For the buyer's side, the plan is shown as the buyer's view whichever version is given;
   * the event must be as the audience may see it, as the editor's notification held it.
   *
   * @param event what happened, as the audience may see it
   * @param plan the plan as the event left it
   * @param audience the side whose people the recipients are
   * @param recipients who should hear of it
   * @return the notification
   */
  public static PlanNotification of(PlanEvent event, MutualActionPlan plan, Side audience,
      Set<StakeholderId> recipients) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(audience, "audience");
    return seen(event, audience == Side.BUYER ? plan.buyerView() : plan, audience, recipients);
  }

  /** A notification of an event and a plan already as the audience may see them. */
  static PlanNotification seen(PlanEvent event, MutualActionPlan plan, Side audience,
      Set<StakeholderId> recipients) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(recipients, "recipients");
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
