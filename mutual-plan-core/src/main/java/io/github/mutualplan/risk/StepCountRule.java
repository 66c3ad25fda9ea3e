package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Tags;
import java.util.Collections;
import java.util.List;

/**
 * {@code step-count}: the number of live commitments is below {@link RiskPolicy#fewestSteps()} (critical steps
 * may be missing: a warning), above {@link RiskPolicy#tooManySteps()} (nobody keeps it up: a warning), or, not
 * counting those a regulation or procurement imposes ({@link io.github.mutualplan.Tags#mandated()}), above
 * {@link RiskPolicy#mostSteps()} (hard to keep up: information), as the templates' lint counts them.
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
    int chosen = 0; // the steps the team chose, not those a regulation or procurement imposes
    for (Commitment c : context.plan().commitments()) {
      if (c.status() != CommitmentStatus.CANCELLED) {
        steps++;
        chosen += c.tags().isEmpty() || Collections.disjoint(c.tags(), Tags.mandated()) ? 1 : 0;
      }
    }
    if (steps < policy.fewestSteps()) {
      return List.of(tooFew.finding(RiskSubject.COMMITMENTS, steps, policy.fewestSteps()));
    }
    if (steps > policy.tooManySteps()) {
      return List.of(tooMany.finding(RiskSubject.COMMITMENTS, steps, policy.tooManySteps()));
    }
    return chosen > policy.mostSteps() ? List.of(many.finding(RiskSubject.COMMITMENTS, chosen, policy.mostSteps()))
        : List.of();
  }
}
