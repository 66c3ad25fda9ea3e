package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code missed-pledges}: customer pledges (commitments the buyer owes) past their due date. One is a warning
 * about that pledge; {@link RiskPolicy#missedPledgesCritical()} or more are critical, about the commitments as a
 * whole: the customer may be disengaging.
 *
 * <p>Why: pledges keep the client "actively engaged in the process" ([000], "Customer Pledges"), and failing to
 * engage the customer ends in "a lack of commitment and eventual disengagement" ([000], pitfall "Insufficient
 * Customer Engagement").
 */
final class MissedPledgesRule extends BuiltInRule {
  private final Findings.Variant many = variant("many", Severity.CRITICAL);
  private final Findings.Variant one = variant("one", Severity.WARNING);

  MissedPledgesRule() {
    super("missed-pledges");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    List<Commitment> missed = new ArrayList<>();
    for (Commitment c : context.plan().commitments()) {
      if (c.isCustomerPledge() && daysLate(context, c) >= 1) {
        missed.add(c);
      }
    }
    if (missed.size() >= context.policy().missedPledgesCritical()) {
      return List.of(many.finding(RiskSubject.COMMITMENTS, missed.size()));
    }
    return missed.isEmpty() ? List.of()
        : List.of(one.finding(RiskSubject.of(missed.get(0).id()), missed.get(0).title()));
  }
}
