package io.github.mutualplan.risk;

import java.util.List;

/**
 * A check of a plan that reports what threatens the deal. The built-in rules ({@link RiskAssessor#builtInRules()})
 * cover overdue commitments ({@code overdue-commitment}), missed customer pledges ({@code missed-pledges}), a
 * missing champion or economic buyer ({@code no-champion}, {@code no-economic-buyer}), single-threaded deals
 * ({@code single-threaded}), unassigned responsibilities ({@code unassigned-responsibility}), unresolved decision
 * criteria near the close ({@code criteria-near-close}), an unreachable target close ({@code target-unreachable}),
 * no next step ({@code no-next-step}), a stale plan ({@code stale-plan}), missing or stale sign-offs
 * ({@code sign-off}), missing critical steps ({@code missing-critical-step}), a plan not customized from its
 * template ({@code not-customized}), too many or too few steps ({@code step-count}), milestones without exit
 * criteria ({@code milestone-exit-criteria}), and slips ({@code slips}).
 *
 * <p>Add your own by implementing this interface and registering it as a service ({@code provides
 * io.github.mutualplan.risk.RiskRule with com.example.MyRule;} in your module, or a line in
 * {@code META-INF/services/io.github.mutualplan.risk.RiskRule}); {@link RiskAssessor#standard()} finds it with
 * {@link java.util.ServiceLoader}. Implementations have a public no-argument constructor and never return null.
 *
 * <pre>{@code
 * public final class NoPricingApproval implements RiskRule {
 *   static final RiskRuleId ID = RiskRuleId.of("no-pricing-approval");
 *   public RiskRuleId id() { return ID; }
 *   public List<RiskFinding> assess(RiskContext context) {
 *     boolean approved = context.plan().commitments().stream().anyMatch(c -> c.tags().contains("pricing"));
 *     return approved ? List.of() : List.of(RiskFinding.builder().rule(ID).severity(Severity.WARNING)
 *         .subject(RiskSubject.PLAN).putMessage("en", "No pricing approval step").putAction("en", "Add one")
 *         .build());
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless and safe to share between threads: an assessor asks the same rule about
 * every plan, on every thread that assesses.
 *
 * @since 0.1.0
 */
public interface RiskRule {
  /** The rule's identifier, unique among the rules of an assessor. */
  RiskRuleId id();

  /**
   * What this rule finds wrong with the plan; empty when nothing.
   *
   * @param context the plan, its schedule as of the day, the policy and, if known, the plan's history
   * @return the findings
   */
  List<RiskFinding> assess(RiskContext context);
}
