package io.github.mutualplan.risk;

import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import java.util.List;

/**
 * {@code no-champion} and {@code no-economic-buyer}: nobody on the buyer side holds the role. Critical on a
 * mutual action plan, which should not have been shared without one; a warning on a closing plan, which is
 * still looking for one. No threshold.
 *
 * <p>Why: a closing plan becomes a mutual action plan once "you have a clear champion, economic buyer, and other
 * requirements to know this is a real deal" (MEDDIC; [001]); the economic buyer is the one "who will write the
 * checks" ([002]).
 */
final class MissingBuyerRoleRule extends BuiltInRule {
  private final Role role;
  private final Findings.Variant shared = variant("missing", Severity.CRITICAL);
  private final Findings.Variant closing = variant("missing", Severity.WARNING);

  private MissingBuyerRoleRule(String id, Role role) {
    super(id);
    this.role = role;
  }

  /** {@code no-champion}. */
  static MissingBuyerRoleRule champion() {
    return new MissingBuyerRoleRule("no-champion", Role.CHAMPION);
  }

  /** {@code no-economic-buyer}. */
  static MissingBuyerRoleRule economicBuyer() {
    return new MissingBuyerRoleRule("no-economic-buyer", Role.ECONOMIC_BUYER);
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    for (Stakeholder s : context.plan().stakeholders()) {
      if (s.side() == Side.BUYER && s.hasRole(role)) {
        return List.of();
      }
    }
    boolean mutual = context.plan().kind() == PlanKind.MUTUAL_ACTION_PLAN;
    return List.of((mutual ? shared : closing).finding(RiskSubject.STAKEHOLDERS));
  }
}
