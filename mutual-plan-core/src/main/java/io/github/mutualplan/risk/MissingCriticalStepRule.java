package io.github.mutualplan.risk;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code missing-critical-step}: no live commitment tagged {@link Tags#LEGAL} (no contract step: a warning), or
 * a regulated buyer and no live commitment tagged {@link Tags#SECURITY} (no security review: critical). The
 * buyer is regulated when a live commitment is tagged {@link Tags#COMPLIANCE}, a decision criterion is about
 * {@link CriterionCategory#COMPLIANCE}, or the plan was tailored by the rule of a {@link ComplianceRegime} (its
 * {@link ComplianceRegime#key() key} in the provenance). No threshold.
 *
 * <p>Why: "skipping essential steps in the close plan ... can lead to incomplete information, missed approvals"
 * ([000], pitfall "Overlooking Critical Steps"); every close goes through the contract and its review ([004]),
 * and a healthcare provider's plan needs its "compliance checks" ([000], the healthcare scenario).
 */
final class MissingCriticalStepRule extends BuiltInRule {
  private final Findings.Variant noContract = variant("no-contract", Severity.WARNING);
  private final Findings.Variant noSecurityReview = variant("no-security-review", Severity.CRITICAL);

  MissingCriticalStepRule() {
    super("missing-critical-step");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    MutualActionPlan plan = context.plan();
    boolean legal = false;
    boolean security = false;
    boolean regulated = false;
    for (Commitment c : plan.commitments()) {
      if (c.status() != CommitmentStatus.CANCELLED) {
        legal |= c.tags().contains(Tags.LEGAL);
        security |= c.tags().contains(Tags.SECURITY);
        regulated |= c.tags().contains(Tags.COMPLIANCE);
      }
    }
    for (DecisionCriterion c : plan.decisionCriteria()) {
      regulated |= c.category() == CriterionCategory.COMPLIANCE;
    }
    if (plan.provenance().isPresent()) {
      for (AppliedRule r : plan.provenance().get().rules()) {
        regulated |= ComplianceRegime.ofKey(r.ruleId()).isPresent();
      }
    }
    List<RiskFinding> findings = new ArrayList<>();
    if (!legal) {
      findings.add(noContract.finding(RiskSubject.COMMITMENTS));
    }
    if (regulated && !security) {
      findings.add(noSecurityReview.finding(RiskSubject.COMMITMENTS));
    }
    return findings;
  }
}
