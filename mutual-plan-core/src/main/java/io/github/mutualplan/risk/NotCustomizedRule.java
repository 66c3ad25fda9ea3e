package io.github.mutualplan.risk;

import java.util.List;

/**
 * {@code not-customized}: the plan was made from a template and no customization rule applied to it. Information;
 * no threshold.
 *
 * <p>Why: "a common mistake in close plan development is failing to customize the plan to the specific needs and
 * processes of the client" ([000], pitfall "Lack of Customization"); one standard template is meant to be
 * customized by industry, goals, timeline and deal size ([002]).
 */
final class NotCustomizedRule extends BuiltInRule {
  private final Findings.Variant template = variant("template", Severity.INFO);

  NotCustomizedRule() {
    super("not-customized");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
    return context.plan().provenance()
        .filter(p -> p.rules().isEmpty())
        .map(p -> List.of(template.finding(RiskSubject.PROVENANCE, p.templateId())))
        .orElse(List.of());
  }
}
