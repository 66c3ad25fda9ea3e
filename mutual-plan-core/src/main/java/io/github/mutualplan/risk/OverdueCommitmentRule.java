package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code overdue-commitment}: a pending commitment past its due date, counted in working days of the side that
 * owes it. At risk from {@link RiskPolicy#overdueAtRiskDays()} days (a warning), stalled from
 * {@link RiskPolicy#overdueStalledDays()} (critical).
 *
 * <p>Why: a timeline is only useful if "all deadlines are met and deliverables are given on time" ([000],
 * "Timelines"); "clients miss deadlines" is how a sure deal falls apart ([002]).
 */
final class OverdueCommitmentRule extends BuiltInRule {
  private final Findings.Variant stalled = variant("stalled", Severity.CRITICAL);
  private final Findings.Variant atRisk = variant("at-risk", Severity.WARNING);

  OverdueCommitmentRule() {
    super("overdue-commitment");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    RiskPolicy policy = context.policy();
    List<RiskFinding> findings = new ArrayList<>();
    for (Commitment c : context.plan().commitments()) {
      int late = daysLate(context, c);
      if (late >= policy.overdueStalledDays()) {
        findings.add(stalled.finding(RiskSubject.of(c.id()), c.title(), late, c.due().get()));
      } else if (late >= policy.overdueAtRiskDays()) {
        findings.add(atRisk.finding(RiskSubject.of(c.id()), c.title(), late, c.due().get()));
      }
    }
    return findings;
  }
}
