package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.ScheduleConflict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code slips}: a pending commitment, not yet due, that the schedule finishes after its due date, by
 * {@link RiskPolicy#largeSlipDays()} working days or more (a warning) or fewer (information); and, with the
 * plan's history, a pending commitment whose due date moved later {@link RiskPolicy#repeatedSlips()} times or
 * more (a warning). A commitment already overdue is left to {@code overdue-commitment}.
 *
 * <p>Why: the timeline exists so that "all deadlines are met and deliverables are given on time" ([000],
 * "Timelines"), and slipping dates are the first sign of "delays, or collapse" ([000]); a date that keeps
 * moving shows a step nobody is really working on.
 */
final class SlipsRule extends BuiltInRule {
  private final Findings.Variant large = variant("large", Severity.WARNING);
  private final Findings.Variant small = variant("small", Severity.INFO);
  private final Findings.Variant repeated = variant("repeated", Severity.WARNING);

  SlipsRule() {
    super("slips");
  }

  @Override
  public List<RiskFinding> assess(RiskContext context) {
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
      if (!pending(c) || conflict.date().isBefore(context.asOf())) { // the date missed is the due date
        continue; // overdue already: the overdue rule says so
      }
      Findings.Variant slip = conflict.workingDays() >= context.policy().largeSlipDays() ? large : small;
      findings.add(slip.finding(RiskSubject.of(c.id()), c.title(), conflict.workingDays(), conflict.date(),
          conflict.scheduled()));
    }
    context.history().ifPresent(history -> repeatedSlips(history).forEach((id, times) -> {
      if (times >= context.policy().repeatedSlips()) {
        plan.commitment(id).filter(BuiltInRule::pending)
            .ifPresent(c -> findings.add(repeated.finding(RiskSubject.of(id), c.title(), times)));
      }
    }));
    return findings;
  }

  /** How many times each commitment's due date moved later, from the history. */
  private static Map<CommitmentId, Integer> repeatedSlips(PlanHistory history) {
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
