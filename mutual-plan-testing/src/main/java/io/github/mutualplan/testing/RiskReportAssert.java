package io.github.mutualplan.testing;

import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.risk.RiskRuleId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a risk report; see {@link MutualPlanAssertions}. A failure shows the health and the rules of the
 * findings.
 *
 * @since 0.1.0
 */
public final class RiskReportAssert extends AbstractAssert<RiskReportAssert, RiskReport> {
  RiskReportAssert(RiskReport actual) {
    super(actual, RiskReportAssert.class);
  }

  private String report() {
    return "the risk report of plan " + Shown.key(actual.plan().key()) + " (version " + actual.version()
        + ", as of " + actual.asOf() + ", health " + actual.healthScore() + ")";
  }

  /** The report has a finding of the rule with this id. */
  public RiskReportAssert hasFinding(String rule) {
    isNotNull();
    if (actual.findings(RiskRuleId.of(rule)).isEmpty()) {
      failWithMessage("Expecting %s to have a finding of %s, but its findings are of %s", report(),
          Shown.key(rule), rules());
    }
    return this;
  }

  /** The report has no finding of the rule with this id. */
  public RiskReportAssert hasNoFinding(String rule) {
    isNotNull();
    List<RiskFinding> found = actual.findings(RiskRuleId.of(rule));
    if (!found.isEmpty()) {
      failWithMessage("Expecting %s to have no finding of %s, but it has %d, the first: %s", report(),
          Shown.key(rule), found.size(), found.get(0).message(Locale.ENGLISH));
    }
    return this;
  }

  /** The health score is at least this (0 to 100). */
  public RiskReportAssert hasHealthAtLeast(int score) {
    isNotNull();
    if (actual.healthScore() < score) {
      failWithMessage("Expecting %s to have a health of at least %d; its findings are of %s", report(), score,
          rules());
    }
    return this;
  }

  /** The health is in this band. */
  public RiskReportAssert isIn(HealthBand band) {
    isNotNull();
    if (actual.band() != band) {
      failWithMessage("Expecting %s to be %s, but it is %s; its findings are of %s", report(), band, actual.band(),
          rules());
    }
    return this;
  }

  private String rules() {
    return Shown.keys(actual.findings().stream().map(f -> f.severity() + " " + f.rule().key())
        .collect(Collectors.toList()));
  }
}
