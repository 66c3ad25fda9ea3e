package io.github.mutualplan.risk;

import java.util.List;

/**
 * {@code target-unreachable}: the schedule as of the day closes after the plan's target close, whatever is done
 * from now on. Critical; no threshold.
 *
 * <p>Why: the timeline is the plan's promise of when the deal closes ([000], "Timelines"; [002], "Timeline");
 * a target the steps can no longer reach is a surprise for the forecast and for the buyer unless it is moved or
 * the critical path shortened now.
 */
final class TargetUnreachableRule extends BuiltInRule {
  private final Findings.Variant late = variant("late", Severity.CRITICAL);

  TargetUnreachableRule() {
    super("target-unreachable");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    if (context.schedule().targetReachable()) {
      return List.of();
    }
    return List.of(late.finding(RiskSubject.TARGET_CLOSE, context.schedule().projectedClose(),
        context.plan().targetClose(), -context.schedule().closeSlack()));
  }
}
