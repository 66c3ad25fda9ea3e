package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code no-next-step}: the plan has open commitments, but none is due (or, without a due date, scheduled to
 * finish) within {@link RiskPolicy#nextStepHorizonDays()} calendar days. A warning.
 *
 * <p>Why: a deal without an agreed next step is one where "communication dries up" ([002]); the guide's remedy
 * for poor communication is "regular communication routines, such as weekly check-ins" ([000], pitfall
 * "Inadequate Communication"), and the closing process is a sequence of follow-ups ([004]).
 */
final class NoNextStepRule extends BuiltInRule {
  private final Findings.Variant none = variant("none", Severity.WARNING);

  NoNextStepRule() {
    super("no-next-step");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    LocalDate horizon = context.asOf().plusDays(context.policy().nextStepHorizonDays());
    boolean anyPending = false;
    for (Commitment c : context.plan().commitments()) {
      if (!pending(c)) {
        continue;
      }
      anyPending = true;
      Optional<LocalDate> due = c.due().or(() -> context.schedule().commitment(c.id()).map(s -> s.earlyFinish()));
      if (due.isPresent() && !due.get().isBefore(context.asOf()) && !due.get().isAfter(horizon)) {
        return List.of();
      }
    }
    return anyPending ? List.of(none.finding(RiskSubject.COMMITMENTS, context.policy().nextStepHorizonDays()))
        : List.of();
  }
}
