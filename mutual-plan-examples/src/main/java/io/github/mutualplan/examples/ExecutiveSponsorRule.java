package io.github.mutualplan.examples;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.risk.RiskContext;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskRule;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.risk.RiskSubject;
import io.github.mutualplan.risk.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A rule of one's own: a deal of 250,000 or more needs an executive sponsor on the buyer's side. It is
 * registered in {@code META-INF/services/io.github.mutualplan.risk.RiskRule}, so {@code RiskAssessor.standard()}
 * runs it beside the built-in rules.
 */
public final class ExecutiveSponsorRule implements RiskRule {
  static final RiskRuleId ID = RiskRuleId.of("no-executive-sponsor");
  static final BigDecimal LARGE_DEAL = new BigDecimal("250000");

  @Override
  public RiskRuleId id() {
    return ID;
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    MutualActionPlan plan = context.plan();
    boolean large = plan.deal().value().amount().compareTo(LARGE_DEAL) >= 0;
    boolean sponsored = plan.stakeholdersWith(Role.EXECUTIVE_SPONSOR).stream().anyMatch(s -> s.side() == Side.BUYER);
    if (!large || sponsored) {
      return List.of();
    }
    return List.of(RiskFinding.builder().rule(ID).severity(Severity.WARNING).subject(RiskSubject.STAKEHOLDERS)
        .putMessage("en", "A deal of " + plan.deal().value() + " has no executive sponsor on the buyer's side")
        .putMessage("ru", "У сделки на " + plan.deal().value() + " нет спонсора среди руководителей покупателя")
        .putAction("en", "Ask the champion who in the leadership will stand behind the project")
        .putAction("ru", "Спросите чемпиона, кто из руководства поддержит проект")
        .build());
  }
}
