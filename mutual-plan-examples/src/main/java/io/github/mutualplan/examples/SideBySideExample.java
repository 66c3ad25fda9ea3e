package io.github.mutualplan.examples;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.Instantiation;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seeds' two scenarios for the same product, side by side: a tech startup gets a short, intensive plan; a
 * health system a long, detailed one with compliance checks and many departments.
 */
public final class SideBySideExample {
  private SideBySideExample() {}

  /** Makes both plans from the catalogue and prints them side by side; returns them, startup first. */
  public static List<MutualActionPlan> run(PrintWriter out) {
    Instantiation startup = Deals.brightpath();
    Instantiation hospital = Deals.northwind();
    out.printf("%-24s %-34s %-34s%n", "", "Brightpath (tech startup)", "Northwind Health (health system)");
    row(out, "template", startup.plan().provenance().orElseThrow().templateId(),
        hospital.plan().provenance().orElseThrow().templateId());
    row(out, "rules applied", rules(startup), rules(hospital));
    row(out, "commitments", startup.plan().commitments().size(), hospital.plan().commitments().size());
    row(out, "milestones", startup.plan().milestones().size(), hospital.plan().milestones().size());
    Schedule a = Deals.SCHEDULER.schedule(startup.plan());
    Schedule b = Deals.SCHEDULER.schedule(hospital.plan());
    row(out, "start", startup.plan().start(), hospital.plan().start());
    row(out, "projected close", a.projectedClose(), b.projectedClose());
    row(out, "calendar days", days(startup.plan(), a), days(hospital.plan(), b));
    row(out, "critical path steps", a.criticalPath().size(), b.criticalPath().size());
    row(out, "roles still to name", startup.missingRoles(), hospital.missingRoles());
    return List.of(startup.plan(), hospital.plan());
  }

  private static void row(PrintWriter out, String label, Object startup, Object hospital) {
    out.printf("%-24s %-34s %-34s%n", label, startup, hospital);
  }

  private static String rules(Instantiation instantiation) {
    return instantiation.appliedRules().isEmpty() ? "none" : instantiation.appliedRules().stream()
        .map(AppliedRule::ruleId).collect(Collectors.joining(", "));
  }

  private static long days(MutualActionPlan plan, Schedule schedule) {
    return ChronoUnit.DAYS.between(plan.start(), schedule.projectedClose()) + 1;
  }
}
