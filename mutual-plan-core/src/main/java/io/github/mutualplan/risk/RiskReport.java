package io.github.mutualplan.risk;

import io.github.mutualplan.PlanId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What threatens a deal, as of a day: every finding, most severe first, and a health score.
 *
 * <p><b>Health score.</b> {@code 100 - (20 x critical + 8 x warning + 2 x info findings)}, never below 0; a
 * closed plan scores 100 and has no findings. Bands: {@link HealthBand#HEALTHY} from 80, {@link
 * HealthBand#AT_RISK} from 50, {@link HealthBand#CRITICAL} below. A finding more never raises the score, so a
 * commitment becoming overdue never makes a plan look healthier.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskReport {
  RiskReport() {}

  /**
   * Returns a report with these findings; the health score is computed from them. {@link RiskAssessor} makes
   * reports; this factory is for restoring a stored one, for example from JSON.
   *
   * @param plan the plan assessed
   * @param version the plan version assessed
   * @param asOf the day of the assessment
   * @param projectedClose the projected close as of the day; empty for a closed plan
   * @param findings the findings, in the order to keep
   * @return the report
   */
  public static RiskReport of(PlanId plan, long version, LocalDate asOf, Optional<LocalDate> projectedClose,
      List<RiskFinding> findings) {
    Objects.requireNonNull(findings, "findings");
    int penalty = 0;
    for (RiskFinding f : findings) {
      penalty += f.severity().penalty();
    }
    return ImmutableRiskReport.builder().plan(plan).version(version).asOf(asOf).projectedClose(projectedClose)
        .findings(findings).healthScore(Math.max(0, 100 - penalty)).build();
  }

  /** The plan assessed. */
  public abstract PlanId plan();

  /** The plan version assessed. */
  public abstract long version();

  /** The day of the assessment. */
  public abstract LocalDate asOf();

  /** The plan's projected close as of the day; empty for a closed plan. */
  public abstract Optional<LocalDate> projectedClose();

  /** The findings: critical first, then by rule and subject. */
  public abstract List<RiskFinding> findings();

  /** The health score, from 0 to 100. */
  public abstract int healthScore();

  /** The band of the health score. */
  public final HealthBand band() {
    return HealthBand.of(healthScore());
  }

  /** The findings of one rule. */
  public final List<RiskFinding> findings(RiskRuleId rule) {
    Objects.requireNonNull(rule, "rule");
    return findings().stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
  }

  /**
   * What changed since an earlier report of the same plan: the findings that are new (or more severe) and the
   * findings that are gone (or less severe), and the change of the score.
   */
  public final RiskChange changesSince(RiskReport earlier) {
    Objects.requireNonNull(earlier, "earlier");
    Set<String> before = earlier.findings().stream().map(RiskReport::key).collect(Collectors.toSet());
    Set<String> now = findings().stream().map(RiskReport::key).collect(Collectors.toSet());
    return ImmutableRiskChange.builder()
        .added(findings().stream().filter(f -> !before.contains(key(f))).collect(Collectors.toList()))
        .resolved(earlier.findings().stream().filter(f -> !now.contains(key(f))).collect(Collectors.toList()))
        .scoreChange(healthScore() - earlier.healthScore())
        .build();
  }

  private static String key(RiskFinding f) {
    return f.rule() + "|" + f.subject() + "|" + f.severity();
  }
}
