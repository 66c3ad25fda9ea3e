package io.github.mutualplan.examples;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints a plan, its schedule, its risks and its forecast as short plain text, for the examples and the tool. */
final class Printer {
  /** The findings printed in full, the most severe; the rest are counted by severity. */
  private static final int SHOWN_FINDINGS = 8;

  private final PrintWriter out;
  private final Locale locale;

  Printer(PrintWriter out, Locale locale) {
    this.out = out;
    this.locale = locale;
  }

  void plan(MutualActionPlan plan) {
    out.printf("%s (%s, version %d, %s)%n", plan.title(), plan.deal().value(), plan.version(), plan.status());
    plan.provenance().ifPresent(p -> out.printf("  from template %s %s%s%n", p.templateId(), p.templateVersion(),
        p.rules().isEmpty() ? "" : ", tailored by " + p.rules().stream().map(AppliedRule::ruleId)
            .collect(Collectors.joining(", "))));
    out.printf("  %d commitments, %d milestones, %d stakeholders; start %s, target close %s%n",
        plan.commitments().size(), plan.milestones().size(), plan.stakeholders().size(), plan.start(),
        plan.targetClose());
  }

  void schedule(MutualActionPlan plan, Schedule schedule) {
    out.println();
    out.printf("Schedule%s%n", schedule.asOf().map(d -> " as of " + d).orElse(""));
    out.printf("  projected close %s, target %s: %s%n", schedule.projectedClose(), schedule.targetClose(),
        schedule.targetReachable() ? schedule.closeSlack() + " working days to spare"
            : "late by " + -schedule.closeSlack() + " working days");
    out.printf("  critical path: %s%n", titles(plan, schedule.criticalPath()));
    schedule.conflicts().stream().limit(3).forEach(c -> out.printf("  conflict: %s%n", c));
    if (schedule.conflicts().size() > 3) {
      out.printf("  and %d more conflicts%n", schedule.conflicts().size() - 3);
    }
  }

  void risk(RiskReport risk) {
    out.println();
    out.printf("Risk as of %s: health %d/100, %s%n", risk.asOf(), risk.healthScore(), risk.band());
    List<RiskFinding> findings = risk.findings(); // most severe first
    findings.stream().limit(SHOWN_FINDINGS)
        .forEach(f -> out.printf("  %-8s %s%n           -> %s%n", f.severity(), f.message(locale), f.action(locale)));
    if (findings.size() > SHOWN_FINDINGS) {
      out.printf("  and %d more: %s%n", findings.size() - SHOWN_FINDINGS, findings.stream().skip(SHOWN_FINDINGS)
          .collect(Collectors.groupingBy(RiskFinding::severity, TreeMap::new, Collectors.counting())));
    }
  }

  void forecast(MutualActionPlan plan, CloseForecast forecast) {
    out.println();
    out.printf("Forecast (%,d trials, seed %d)%n", forecast.trials(), forecast.seed());
    out.printf("  closes by the target %s with probability %.0f%%; expected slip %.1f working days%n",
        forecast.targetClose(), 100 * forecast.probabilityByTarget(), forecast.expectedSlipDays());
    out.printf("  P50 %s, P80 %s, P95 %s%n", forecast.p50(), forecast.p80(), forecast.p95());
    List<String> critical = forecast.criticality().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<CommitmentId, Double>comparingByValue().reversed())
        .limit(5)
        .map(e -> String.format("%s %.0f%%", title(plan, e.getKey()), 100 * e.getValue()))
        .collect(Collectors.toList());
    out.printf("  most often critical: %s%n", critical.isEmpty() ? "none open" : String.join("; ", critical));
  }

  static String titles(MutualActionPlan plan, List<CommitmentId> ids) {
    return ids.stream().map(id -> title(plan, id)).collect(Collectors.joining(" -> "));
  }

  static String title(MutualActionPlan plan, CommitmentId id) {
    return plan.commitment(id).map(Commitment::title).orElse(id.key());
  }
}
