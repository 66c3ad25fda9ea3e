package io.github.mutualplan.risk;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.Tags;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.internal.Workdays;
import io.github.mutualplan.schedule.ScheduleConflict;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The built-in risk rules; see {@link RiskRule} for the list and {@link RiskPolicy} for the thresholds. */
final class StandardRules {
  private StandardRules() {}

  /** A rule of a function. */
  private static RiskRule rule(String key, Function<RiskContext, List<RiskFinding>> assess) {
    RiskRuleId id = RiskRuleId.of(key);
    return new RiskRule() {
      @Override
      public RiskRuleId id() {
        return id;
      }

      @Override
      public List<RiskFinding> assess(RiskContext context) {
        return assess.apply(context);
      }

      @Override
      public String toString() {
        return "RiskRule[" + id + "]";
      }
    };
  }

  static List<RiskRule> all() {
    return List.of(
        rule("overdue-commitment", StandardRules::overdue),
        rule("missed-pledges", StandardRules::missedPledges),
        rule("no-champion", c -> missingRole(c, "no-champion", Role.CHAMPION)),
        rule("no-economic-buyer", c -> missingRole(c, "no-economic-buyer", Role.ECONOMIC_BUYER)),
        rule("single-threaded", StandardRules::singleThreaded),
        rule("unassigned-responsibility", StandardRules::unassigned),
        rule("criteria-near-close", StandardRules::criteriaNearClose),
        rule("target-unreachable", StandardRules::targetUnreachable),
        rule("no-next-step", StandardRules::noNextStep),
        rule("stale-plan", StandardRules::stale),
        rule("sign-off", StandardRules::signOff),
        rule("missing-critical-step", StandardRules::missingCriticalStep),
        rule("not-customized", StandardRules::notCustomized),
        rule("step-count", StandardRules::stepCount),
        rule("milestone-exit-criteria", StandardRules::exitCriteria),
        rule("slips", StandardRules::slips));
  }

  static boolean pending(Commitment c) {
    return c.status().isPending();
  }

  /** Working days {@code d} with {@code from < d <= to} in the calendar. */
  static int workingDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
    int a = (int) from.toEpochDay();
    return new Workdays(calendar, a).between(a, (int) to.toEpochDay());
  }

  /** Working days a pending commitment is past its due date; 0 when it is not. */
  static int daysLate(RiskContext context, Commitment c) {
    Optional<LocalDate> due = c.due();
    if (!pending(c) || due.isEmpty() || !due.get().isBefore(context.asOf())) {
      return 0;
    }
    return workingDays(context.schedule().calendar(c.owingSide()), due.get(), context.asOf());
  }

  private static List<RiskFinding> overdue(RiskContext context) {
    RiskPolicy policy = context.policy();
    List<RiskFinding> findings = new ArrayList<>();
    for (Commitment c : context.plan().commitments()) {
      int late = daysLate(context, c);
      if (late >= policy.overdueStalledDays()) {
        findings.add(Findings.of("overdue-commitment", "stalled", Severity.CRITICAL, RiskSubject.of(c.id()),
            c.title(), late, c.due().get()));
      } else if (late >= policy.overdueAtRiskDays()) {
        findings.add(Findings.of("overdue-commitment", "at-risk", Severity.WARNING, RiskSubject.of(c.id()),
            c.title(), late, c.due().get()));
      }
    }
    return findings;
  }

  private static List<RiskFinding> missedPledges(RiskContext context) {
    List<Commitment> missed = new ArrayList<>();
    for (Commitment c : context.plan().commitments()) {
      if (c.isCustomerPledge() && daysLate(context, c) >= 1) {
        missed.add(c);
      }
    }
    if (missed.size() >= context.policy().missedPledgesCritical()) {
      return List.of(
          Findings.of("missed-pledges", "many", Severity.CRITICAL, RiskSubject.COMMITMENTS, missed.size()));
    }
    return missed.isEmpty() ? List.of()
        : List.of(Findings.of("missed-pledges", "one", Severity.WARNING, RiskSubject.of(missed.get(0).id()),
            missed.get(0).title()));
  }

  private static List<RiskFinding> missingRole(RiskContext context, String rule, Role role) {
    for (Stakeholder s : context.plan().stakeholders()) {
      if (s.side() == Side.BUYER && s.hasRole(role)) {
        return List.of();
      }
    }
    boolean shared = context.plan().kind() == PlanKind.MUTUAL_ACTION_PLAN;
    return List.of(
        Findings.of(rule, "missing", shared ? Severity.CRITICAL : Severity.WARNING, RiskSubject.STAKEHOLDERS));
  }

  private static List<RiskFinding> singleThreaded(RiskContext context) {
    int enough = context.policy().minEngagedBuyers();
    int buyers = 0;
    for (Stakeholder s : context.plan().stakeholders()) {
      if (buyers >= enough) {
        break; // each buyer is a walk over the plan and its history: stop once the plan has enough
      }
      if (s.side() == Side.BUYER && engaged(context, s.id())) {
        buyers++;
      }
    }
    return buyers >= enough ? List.of()
        : List.of(Findings.of("single-threaded", "few", Severity.WARNING, RiskSubject.STAKEHOLDERS, buyers));
  }

  /** Whether a stakeholder does a live commitment's work or answers for it, or did anything in the history. */
  private static boolean engaged(RiskContext context, StakeholderId stakeholder) {
    for (Commitment c : context.plan().commitments()) {
      if (c.status() != CommitmentStatus.CANCELLED) {
        for (Responsibility r : c.responsibilities()) {
          if ((r.raci() == Raci.ACCOUNTABLE || r.raci() == Raci.RESPONSIBLE) && r.stakeholder().equals(stakeholder)) {
            return true;
          }
        }
      }
    }
    return context.history().isPresent()
        && context.history().get().events().stream().anyMatch(e -> e.actor().equals(stakeholder));
  }

  private static List<RiskFinding> unassigned(RiskContext context) {
    List<RiskFinding> findings = new ArrayList<>();
    for (Milestone m : context.plan().milestones()) {
      if (m.accountable().isEmpty()) {
        findings.add(Findings.of("unassigned-responsibility", "milestone", Severity.WARNING,
            RiskSubject.of(m.id()), m.name()));
      }
    }
    for (DecisionCriterion c : context.plan().decisionCriteria()) {
      if (c.owner().isEmpty()) {
        findings.add(Findings.of("unassigned-responsibility", "criterion", Severity.INFO,
            RiskSubject.of(c.id()), c.name()));
      }
    }
    return findings;
  }

  private static List<RiskFinding> criteriaNearClose(RiskContext context) {
    long daysToClose = ChronoUnit.DAYS.between(context.asOf(), context.plan().targetClose());
    if (daysToClose > context.policy().criteriaHorizonDays()) {
      return List.of();
    }
    List<RiskFinding> findings = new ArrayList<>();
    for (DecisionCriterion c : context.plan().decisionCriteria()) {
      if (c.standing() == Standing.UNKNOWN) {
        findings.add(Findings.of("criteria-near-close", "unknown", Severity.WARNING, RiskSubject.of(c.id()),
            c.name(), daysToClose));
      } else if (c.standing() == Standing.NOT_MET) {
        findings.add(Findings.of("criteria-near-close", "not-met", Severity.CRITICAL,
            RiskSubject.of(c.id()), c.name(), daysToClose));
      }
    }
    return findings;
  }

  private static List<RiskFinding> targetUnreachable(RiskContext context) {
    if (context.schedule().targetReachable()) {
      return List.of();
    }
    return List.of(Findings.of("target-unreachable", "late", Severity.CRITICAL, RiskSubject.TARGET_CLOSE,
        context.schedule().projectedClose(), context.plan().targetClose(), -context.schedule().closeSlack()));
  }

  private static List<RiskFinding> noNextStep(RiskContext context) {
    LocalDate horizon = context.asOf().plusDays(context.policy().nextStepHorizonDays());
    boolean anyPending = false;
    for (Commitment c : context.plan().commitments()) {
      if (!pending(c)) {
        continue;
      }
      anyPending = true;
      Optional<LocalDate> due = c.due().or(() -> context.schedule().commitment(c.id()).map(s -> s.earlyFinish()));
      if (due.isPresent() && !due.get().isBefore(context.asOf()) && !due.get().isAfter(horizon)) {
        return List.of();
      }
    }
    return anyPending
        ? List.of(Findings.of("no-next-step", "none", Severity.WARNING, RiskSubject.COMMITMENTS,
            context.policy().nextStepHorizonDays()))
        : List.of();
  }

  private static List<RiskFinding> stale(RiskContext context) {
    if (context.history().isEmpty()) {
      return List.of();
    }
    PlanHistory history = context.history().get();
    Optional<LocalDate> last = history.events().isEmpty()
        ? history.first().provenance().map(p -> p.createdAt().atZone(history.first().zone()).toLocalDate())
        : Optional.of(history.events().get(history.events().size() - 1).at()
            .atZone(history.current().zone()).toLocalDate());
    if (last.isEmpty()) {
      return List.of();
    }
    long idle = ChronoUnit.DAYS.between(last.get(), context.asOf());
    return idle > context.policy().staleAfterDays()
        ? List.of(Findings.of("stale-plan", "idle", Severity.WARNING, RiskSubject.PLAN, idle, last.get()))
        : List.of();
  }

  private static List<RiskFinding> signOff(RiskContext context) {
    MutualActionPlan plan = context.plan();
    if (plan.kind() != PlanKind.MUTUAL_ACTION_PLAN || plan.status().isClosed()) {
      return List.of();
    }
    List<RiskFinding> findings = new ArrayList<>();
    for (StakeholderId owner : plan.owners()) {
      if (plan.isSignedOffBy(owner)) {
        continue;
      }
      String name = plan.stakeholder(owner).map(Stakeholder::name).orElse(owner.key());
      boolean stale = plan.signOffs().stream().anyMatch(s -> s.stakeholder().equals(owner) && s.stale());
      findings.add(stale
          ? Findings.of("sign-off", "stale", Severity.WARNING, RiskSubject.signOffOf(owner), name)
          : Findings.of("sign-off", "missing", Severity.INFO, RiskSubject.signOffOf(owner), name));
    }
    return findings;
  }

  private static List<RiskFinding> missingCriticalStep(RiskContext context) {
    MutualActionPlan plan = context.plan();
    boolean legal = false;
    boolean security = false;
    boolean regulated = false;
    for (Commitment c : plan.commitments()) {
      if (c.status() != CommitmentStatus.CANCELLED) {
        legal |= c.tags().contains(Tags.LEGAL);
        security |= c.tags().contains(Tags.SECURITY);
        regulated |= c.tags().contains(Tags.COMPLIANCE);
      }
    }
    for (DecisionCriterion c : plan.decisionCriteria()) {
      regulated |= c.category() == CriterionCategory.COMPLIANCE;
    }
    if (plan.provenance().isPresent()) {
      for (AppliedRule r : plan.provenance().get().rules()) {
        regulated |= ComplianceRegime.ofKey(r.ruleId()).isPresent();
      }
    }
    List<RiskFinding> findings = new ArrayList<>();
    if (!legal) {
      findings.add(
          Findings.of("missing-critical-step", "no-contract", Severity.WARNING, RiskSubject.COMMITMENTS));
    }
    if (regulated && !security) {
      findings.add(
          Findings.of("missing-critical-step", "no-security-review", Severity.CRITICAL, RiskSubject.COMMITMENTS));
    }
    return findings;
  }

  private static List<RiskFinding> notCustomized(RiskContext context) {
    return context.plan().provenance()
        .filter(p -> p.rules().isEmpty())
        .map(p -> List.of(
            Findings.of("not-customized", "template", Severity.INFO, RiskSubject.PROVENANCE, p.templateId())))
        .orElse(List.of());
  }

  private static List<RiskFinding> stepCount(RiskContext context) {
    RiskPolicy policy = context.policy();
    int steps = 0;
    for (Commitment c : context.plan().commitments()) {
      steps += c.status() != CommitmentStatus.CANCELLED ? 1 : 0;
    }
    if (steps < policy.fewestSteps()) {
      return List.of(Findings.of("step-count", "too-few", Severity.WARNING, RiskSubject.COMMITMENTS, steps,
          policy.fewestSteps()));
    }
    if (steps > policy.tooManySteps()) {
      return List.of(Findings.of("step-count", "too-many", Severity.WARNING, RiskSubject.COMMITMENTS, steps,
          policy.tooManySteps()));
    }
    return steps > policy.mostSteps()
        ? List.of(
            Findings.of("step-count", "many", Severity.INFO, RiskSubject.COMMITMENTS, steps, policy.mostSteps()))
        : List.of();
  }

  private static List<RiskFinding> exitCriteria(RiskContext context) {
    List<RiskFinding> findings = new ArrayList<>();
    for (Milestone m : context.plan().milestones()) {
      if (m.exitCriteria().isEmpty()) {
        findings.add(Findings.of("milestone-exit-criteria", "none", Severity.INFO, RiskSubject.of(m.id()),
            m.name()));
      }
    }
    return findings;
  }

  private static List<RiskFinding> slips(RiskContext context) {
    MutualActionPlan plan = context.plan();
    List<RiskFinding> findings = new ArrayList<>();
    List<Commitment> commitments = plan.commitments();
    int next = 0; // the conflicts of commitments come in the plan's order: one walk finds them all
    for (ScheduleConflict conflict : context.schedule().conflicts()) {
      if (conflict.kind() != ScheduleConflict.Kind.DUE_DATE_MISSED) {
        continue;
      }
      while (!commitments.get(next).id().equals(conflict.item())) {
        next++;
      }
      Commitment c = commitments.get(next);
      if (!pending(c) || c.due().get().isBefore(context.asOf())) {
        continue; // overdue already: the overdue rule says so
      }
      boolean large = conflict.workingDays() >= context.policy().largeSlipDays();
      findings.add(Findings.of("slips", large ? "large" : "small", large ? Severity.WARNING : Severity.INFO,
          RiskSubject.of(c.id()), c.title(), conflict.workingDays(), c.due().get(), conflict.scheduled()));
    }
    context.history().ifPresent(history -> repeatedSlips(context, history).forEach((id, times) -> {
      if (times >= context.policy().repeatedSlips()) {
        plan.commitment(id).filter(StandardRules::pending).ifPresent(c -> findings.add(Findings.of("slips",
            "repeated", Severity.WARNING, RiskSubject.of(id), c.title(), times)));
      }
    }));
    return findings;
  }

  /** How many times each commitment's due date moved later, from the history. */
  private static Map<CommitmentId, Integer> repeatedSlips(RiskContext context, PlanHistory history) {
    Map<CommitmentId, LocalDate> due = new HashMap<>();
    history.first().commitments().forEach(c -> c.due().ifPresent(d -> due.put(c.id(), d)));
    Map<CommitmentId, Integer> slips = new HashMap<>();
    for (PlanEvent event : history.events()) {
      if (!(event instanceof PlanEvent.ChangeApplied)) {
        continue;
      }
      PlanChange change = ((PlanEvent.ChangeApplied) event).change();
      CommitmentId id = null;
      Optional<LocalDate> newDue = Optional.empty();
      if (change instanceof PlanChange.RescheduleCommitment) {
        id = ((PlanChange.RescheduleCommitment) change).commitment();
        newDue = Optional.of(((PlanChange.RescheduleCommitment) change).due());
      } else if (change instanceof PlanChange.UpdateCommitment || change instanceof PlanChange.AddCommitment) {
        Commitment c = change instanceof PlanChange.UpdateCommitment
            ? ((PlanChange.UpdateCommitment) change).commitment() : ((PlanChange.AddCommitment) change).commitment();
        id = c.id();
        newDue = c.due();
      }
      if (id != null && newDue.isPresent()) {
        LocalDate old = due.put(id, newDue.get());
        if (old != null && newDue.get().isAfter(old)) {
          slips.merge(id, 1, Integer::sum);
        }
      }
    }
    return slips;
  }

}
