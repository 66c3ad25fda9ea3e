package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.util.List;

/**
 * {@code single-threaded}: fewer than {@link RiskPolicy#minEngagedBuyers()} people on the buyer side are
 * engaged, that is do or answer for a live commitment's work, or did anything in the plan's history. A warning.
 *
 * <p>Why: a B2B buying group has up to 10 people ([002]), and "a large corporation with multiple
 * decision-makers" buys through more of them than "a small business with a single point of contact" ([000],
 * "Understanding Customer Profiles"); a deal that hangs on one of them stalls when that one is away.
 */
final class SingleThreadedRule extends BuiltInRule {
  private final Findings.Variant few = variant("few", Severity.WARNING);

  SingleThreadedRule() {
    super("single-threaded");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    int enough = context.policy().minEngagedBuyers();
    int buyers = 0;
    for (Stakeholder s : context.plan().stakeholders()) {
      if (buyers >= enough) {
        break; // each buyer is a walk over the plan and its history: stop once the plan has enough
      }
      if (s.side() == Side.BUYER && engaged(context, s.id())) {
        buyers++;
      }
    }
    return buyers >= enough ? List.of() : List.of(few.finding(RiskSubject.STAKEHOLDERS, buyers));
  }

  /** Whether a stakeholder does a live commitment's work or answers for it, or did anything in the history. */
  private static boolean engaged(RiskContext context, StakeholderId stakeholder) {
    for (Commitment c : context.plan().commitments()) {
      if (c.status() != CommitmentStatus.CANCELLED) {
        for (Responsibility r : c.responsibilities()) {
          if ((r.raci() == Raci.ACCOUNTABLE || r.raci() == Raci.RESPONSIBLE) && r.stakeholder().equals(stakeholder)) {
            return true;
          }
        }
      }
    }
    return context.history().isPresent()
        && context.history().get().events().stream().anyMatch(e -> e.actor().equals(stakeholder));
  }
}
