package io.github.mutualplan.risk;

import io.github.mutualplan.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code milestone-exit-criteria}: a milestone with no exit criteria. Information; no threshold.
 *
 * <p>Why: milestones "serve as checkpoints" of the sales process ([000], "Key Milestones"), and the guide's
 * remedy for skipped steps is checklists "to ensure that each step is completed before moving on to the next"
 * ([000], pitfall "Overlooking Critical Steps"): without exit criteria nobody can tell a milestone is reached.
 */
final class MilestoneExitCriteriaRule extends BuiltInRule {
  private final Findings.Variant none = variant("none", Severity.INFO);

  MilestoneExitCriteriaRule() {
    super("milestone-exit-criteria");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    List<RiskFinding> findings = new ArrayList<>();
    for (Milestone m : context.plan().milestones()) {
      if (m.exitCriteria().isEmpty()) {
        findings.add(none.finding(RiskSubject.of(m.id()), m.name()));
      }
    }
    return findings;
  }
}
