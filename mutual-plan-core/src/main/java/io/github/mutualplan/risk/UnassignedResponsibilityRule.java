package io.github.mutualplan.risk;

import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unassigned-responsibility}: a milestone nobody is accountable for (a warning), or a decision criterion no
 * buyer owns (information). No threshold.
 *
 * <p>Why: "each milestone and action item in the plan must be assigned to someone ... If not, the deal can get
 * delayed" ([002], "Responsibilities"); knowing who judges each criterion lets the seller "address any client
 * concerns" ([000], "Decision Criteria").
 */
final class UnassignedResponsibilityRule extends BuiltInRule {
  private final Findings.Variant milestone = variant("milestone", Severity.WARNING);
  private final Findings.Variant criterion = variant("criterion", Severity.INFO);

  UnassignedResponsibilityRule() {
    super("unassigned-responsibility");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    List<RiskFinding> findings = new ArrayList<>();
    for (Milestone m : context.plan().milestones()) {
      if (m.accountable().isEmpty()) {
        findings.add(milestone.finding(RiskSubject.of(m.id()), m.name()));
      }
    }
    for (DecisionCriterion c : context.plan().decisionCriteria()) {
      if (c.owner().isEmpty()) {
        findings.add(criterion.finding(RiskSubject.of(c.id()), c.name()));
      }
    }
    return findings;
  }
}
