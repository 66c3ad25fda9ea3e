package io.github.mutualplan.risk;

import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Standing;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code criteria-near-close}: within {@link RiskPolicy#criteriaHorizonDays()} calendar days of the target
 * close, a decision criterion still unassessed (a warning) or not met (critical).
 *
 * <p>Why: the decision criteria are what the buyer uses "to make a final choice on whether to proceed with the
 * sale or not" ([000], "Decision Criteria"); one unknown or unmet this late is an objection the close will meet
 * ([004], objections and negotiation).
 */
final class CriteriaNearCloseRule extends BuiltInRule {
  private final Findings.Variant unknown = variant("unknown", Severity.WARNING);
  private final Findings.Variant notMet = variant("not-met", Severity.CRITICAL);

  CriteriaNearCloseRule() {
    super("criteria-near-close");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    long daysToClose = ChronoUnit.DAYS.between(context.asOf(), context.plan().targetClose());
    if (daysToClose > context.policy().criteriaHorizonDays()) {
      return List.of();
    }
    List<RiskFinding> findings = new ArrayList<>();
    for (DecisionCriterion c : context.plan().decisionCriteria()) {
      if (c.standing() == Standing.UNKNOWN) {
        findings.add(unknown.finding(RiskSubject.of(c.id()), c.name(), daysToClose));
      } else if (c.standing() == Standing.NOT_MET) {
        findings.add(notMet.finding(RiskSubject.of(c.id()), c.name(), daysToClose));
      }
    }
    return findings;
  }
}
