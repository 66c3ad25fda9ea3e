package io.github.mutualplan.risk;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sign-off}: on an open mutual action plan, an owner whose sign-off is stale, given before a material
 * change (a warning), or missing (information). No threshold.
 *
 * <p>Why: "both parties should sign off on the Mutual Action Plan. While not a legally binding document, this
 * formality level cements the process's importance and leads to more consistent success" ([001]); a sign-off of
 * an earlier version no longer says both sides agree to this one.
 */
final class SignOffRule extends BuiltInRule {
  private final Findings.Variant stale = variant("stale", Severity.WARNING);
  private final Findings.Variant missing = variant("missing", Severity.INFO);

  SignOffRule() {
    super("sign-off");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    MutualActionPlan plan = context.plan();
    if (plan.kind() != PlanKind.MUTUAL_ACTION_PLAN || plan.status().isClosed()) {
      return List.of();
    }
    List<RiskFinding> findings = new ArrayList<>();
    for (StakeholderId owner : plan.owners()) {
      if (plan.isSignedOffBy(owner)) {
        continue;
      }
      String name = plan.stakeholder(owner).map(Stakeholder::name).orElse(owner.key());
      boolean isStale = plan.signOffs().stream().anyMatch(s -> s.stakeholder().equals(owner) && s.stale());
      findings.add((isStale ? stale : missing).finding(RiskSubject.signOffOf(owner), name));
    }
    return findings;
  }
}
