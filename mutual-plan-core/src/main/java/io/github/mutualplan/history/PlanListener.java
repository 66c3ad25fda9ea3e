package io.github.mutualplan.history;

/**
 * Hears of every event an editor applies, after it is applied: to send e-mails, update a CRM, write an audit
 * log. A listener that throws is logged and skipped; the change stands and the other listeners still run.
 *
 * <pre>{@code
 * PlanEditor editor = PlanEditor.standard()
 *     .withListener(n -> n.recipients().forEach(to -> mailer.send(to, n.event())));
 * }</pre>
 */
@FunctionalInterface
public interface PlanListener {
  /**
   * Called once per event, in order, on the thread that applied the change.
   *
   * @param notification the event, the plan it produced and who it concerns
   */
  void onEvent(PlanNotification notification);
}
