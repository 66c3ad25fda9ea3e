package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import java.util.List;

/**
 * {@code step-count}: the number of live commitments is below {@link RiskPolicy#fewestSteps()} (critical steps
 * may be missing: a warning), above {@link RiskPolicy#tooManySteps()} (nobody keeps it up: a warning), or above
 * {@link RiskPolicy#mostSteps()} (hard to keep up: information).
 *
 * <p>Why: a plan needs "all necessary steps and milestones" ([000], pitfall "Overlooking Critical Steps"), yet
 * "should look like a simple project plan, fleshing out the main steps in your sales motion" ([001]).
 */
final class StepCountRule extends BuiltInRule {
  private final Findings.Variant tooFew = variant("too-few", Severity.WARNING);
  private final Findings.Variant tooMany = variant("too-many", Severity.WARNING);
  private final Findings.Variant many = variant("many", Severity.INFO);

  StepCountRule() {
    super("step-count");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    RiskPolicy policy = context.policy();
    int steps = 0;
    for (Commitment c : context.plan().commitments()) {
      steps += c.status() != CommitmentStatus.CANCELLED ? 1 : 0;
    }
    if (steps < policy.fewestSteps()) {
      return List.of(tooFew.finding(RiskSubject.COMMITMENTS, steps, policy.fewestSteps()));
    }
    if (steps > policy.tooManySteps()) {
      return List.of(tooMany.finding(RiskSubject.COMMITMENTS, steps, policy.tooManySteps()));
    }
    return steps > policy.mostSteps() ? List.of(many.finding(RiskSubject.COMMITMENTS, steps, policy.mostSteps()))
        : List.of();
  }
}
