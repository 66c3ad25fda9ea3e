package io.github.mutualplan.risk;

import io.github.mutualplan.history.PlanHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code stale-plan}: with the plan's history, no change for more than {@link RiskPolicy#staleAfterDays()}
 * calendar days (since the last event, or since the plan was made when it has none). A warning; without a
 * history, nothing.
 *
 * <p>Why: a mutual action plan is a living document that "updates everyone in real-time" ([002], "Share a Copy
 * of the MAP with All Stakeholders"); "if team members and clients are not kept informed of progress and
 * updates, the plan can quickly fall apart" ([000], pitfall "Inadequate Communication").
 */
final class StalePlanRule extends BuiltInRule {
  private final Findings.Variant idle = variant("idle", Severity.WARNING);

  StalePlanRule() {
    super("stale-plan");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    if (context.history().isEmpty()) {
      return List.of();
    }
    PlanHistory history = context.history().get();
    Optional<LocalDate> last = history.events().isEmpty()
        ? history.first().provenance().map(p -> p.createdAt().atZone(history.first().zone()).toLocalDate())
        : Optional.of(history.events().get(history.events().size() - 1).at()
            .atZone(history.current().zone()).toLocalDate());
    if (last.isEmpty()) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(last.get(), context.asOf());
    return days > context.policy().staleAfterDays()
        ? List.of(idle.finding(RiskSubject.PLAN, days, last.get()))
        : List.of();
  }
}
