package io.github.mutualplan.history;

/**
 * Hears of every event an editor applies, after it is applied: to send e-mails, update a CRM, write an audit
 * log. A listener that throws is logged and skipped; the change stands and the other listeners still run.
 *
 * <pre>{@code
 * PlanEditor editor = PlanEditor.standard()
 *     .withListener(n -> n.recipients().forEach(to -> mailer.send(to, n.event())));
 * }</pre>
 *
 * <p>A listener runs on the thread that applied the change, so the listener of an editor shared between threads
 * must be safe to call from several of them at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PlanListener {
  /**
   * Called once per event and side, in order, on the thread that applied the change: first with the seller's
   * side's notification, then, when buyer-side people are to hear of the event, with the buyer's side's.
   *
   * @param notification the event, the plan it produced and who of one side it concerns, as that side may see
   *     them
   */
  void onEvent(PlanNotification notification);
}
