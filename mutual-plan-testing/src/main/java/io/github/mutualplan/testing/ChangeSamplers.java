package io.github.mutualplan.testing;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Random changes to a given plan, of every kind: mostly ones that fit the plan, some that do not (an unknown
 * item, a done commitment started again, a dependency that closes a cycle), for stateful property tests.
 *
 * <p>The class keeps no state; its samplers are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ChangeSamplers {
  private static final StakeholderId STRANGER = StakeholderId.of("stranger");

  private ChangeSamplers() {}

  /** A change to this plan, of a kind drawn at random; for a closed plan, often a reopening. */
  public static PlanChange change(Draw d, MutualActionPlan plan) {
    if (plan.status().isClosed() && d.chance(50)) {
      return PlanChange.reopen("Back in play");
    }
    if (plan.status() == PlanStatus.CLOSED_WON && !plan.successMetrics().isEmpty() && d.chance(80)) {
      // Mostly after the close, sometimes before it, which the change refuses.
      LocalDate closedOn = LocalDate.ofInstant(plan.closure().orElseThrow().closedAt(), plan.zone());
      return PlanChange.recordMeasurement(d.pick(plan.successMetrics()).id(), closedOn.plusDays(d.between(-3, 400)),
          BigDecimal.valueOf(d.between(-1000, 100_000), d.between(0, 2)));
    }
    List<Commitment> commitments = plan.commitments();
    int kind = d.between(0, 29);
    if (commitments.isEmpty() && kind <= 12) {
      kind = 0;
    }
    LocalDate start = plan.start();
    switch (kind) {
      case 0:
        return PlanChange.addCommitment(newCommitment(d, plan));
      case 1: {
        Commitment c = d.pick(commitments);
        return PlanChange.updateCommitment(c.withTitle(c.title() + " (revised)").withDurationDays(d.between(1, 20)));
      }
      case 2:
        return PlanChange.removeCommitment(d.pick(commitments).id());
      case 3: {
        List<CommitmentId> order = commitments.stream().map(Commitment::id).collect(Collectors.toList());
        for (int i = order.size() - 1; i > 0; i--) {
          java.util.Collections.swap(order, i, d.between(0, i));
        }
        if (d.chance(10)) {
          order.remove(0);
        }
        return PlanChange.reorderCommitments(order);
      }
      case 4: {
        // Mostly on a day, sometimes one before the plan's start (refused), sometimes without a day.
        CommitmentId id = d.pick(commitments).id();
        return d.chance(30) ? PlanChange.startCommitment(id)
            : PlanChange.startCommitment(id, start.plusDays(d.between(-3, 200)));
      }
      case 5:
        return PlanChange.completeCommitment(d.pick(commitments).id(), start.plusDays(d.between(0, 200)));
      case 6:
        return PlanChange.blockCommitment(d.pick(commitments).id(), "Waiting on legal");
      case 7:
        return PlanChange.cancelCommitment(d.pick(commitments).id(), "No longer needed");
      case 8: {
        Commitment c = d.pick(commitments);
        LocalDate due = c.start().orElse(start).plusDays(d.between(-3, 60));
        return d.chance(30) ? PlanChange.rescheduleCommitment(c.id(), start.plusDays(d.between(0, 30)), due)
            : PlanChange.rescheduleCommitment(c.id(), due);
      }
      case 9:
        return PlanChange.noteCommitment(d.pick(commitments).id(), "Note " + d.between(0, 99));
      case 10: {
        Commitment c = d.pick(commitments);
        Commitment other = d.pick(commitments);
        List<CommitmentId> dependsOn = new ArrayList<>(c.dependsOn());
        dependsOn.add(other.id());
        return PlanChange.updateCommitment(c.withDependsOn(dependsOn));
      }
      case 11:
      case 12: {
        ItemId item = !commitments.isEmpty() && (plan.milestones().isEmpty() || d.chance(70))
            ? d.pick(commitments).id() : d.pick(plan.milestones()).id();
        Responsibility r = Responsibility.of(d.pick(plan.stakeholders()).id(),
            d.pick(List.of(Raci.RESPONSIBLE, Raci.CONSULTED, Raci.INFORMED, Raci.ACCOUNTABLE)));
        return kind == 11 ? PlanChange.assignResponsibility(item, r) : PlanChange.removeResponsibility(item, r);
      }
      case 13: {
        Side side = d.pick(List.of(Side.values()));
        return PlanChange.addStakeholder(Stakeholder.builder().id(StakeholderId.of("added-" + d.between(0, 99)))
            .side(side).name("Added person").addRole(side == Side.BUYER ? Role.END_USER : Role.SALES_ENGINEER)
            .build());
      }
      case 14: {
        Stakeholder s = d.pick(plan.stakeholders());
        return PlanChange.updateStakeholder(s.withTitle("Title " + d.between(0, 99)));
      }
      case 15:
        return PlanChange.grantRole(d.pick(plan.stakeholders()).id(),
            d.pick(List.of(Role.CHAMPION, Role.ECONOMIC_BUYER, Role.LEGAL, Role.SALES_ENGINEER)));
      case 16: {
        Stakeholder s = d.pick(plan.stakeholders());
        return PlanChange.revokeRole(s.id(), s.roles().isEmpty() ? Role.LEGAL : d.pick(new ArrayList<>(s.roles())));
      }
      case 17:
        return PlanChange.addDecisionCriterion(DecisionCriterion.builder()
            .id(DecisionCriterionId.of("added-criterion-" + d.between(0, 99))).name("Added criterion")
            .category(CriterionCategory.TECHNICAL).weight(d.between(1, 100)).build());
      case 18:
        if (!plan.decisionCriteria().isEmpty()) {
          DecisionCriterion c = d.pick(plan.decisionCriteria());
          return d.chance(50) ? PlanChange.updateDecisionCriterion(c.withWeight(d.between(1, 100)))
              : PlanChange.assessCriterion(c.id(), d.pick(List.of(Standing.values())), "Evidence");
        }
        return PlanChange.assessCriterion(DecisionCriterionId.of("no-such-criterion"), Standing.MET);
      case 19:
        return PlanChange.addMilestone(Milestone.builder().id(MilestoneId.of("added-milestone-" + d.between(0, 99)))
            .name("Added milestone").targetDate(start.plusDays(d.between(0, 200))).build());
      case 20:
        if (!plan.milestones().isEmpty()) {
          Milestone m = d.pick(plan.milestones());
          return PlanChange.updateMilestone(m.withTargetDate(start.plusDays(d.between(-2, 200))));
        }
        return PlanChange.addObjective(Objective.of(ObjectiveId.of("added-objective"), "Added objective"));
      case 21:
        return PlanChange.addSuccessMetric(SuccessMetric.builder()
            .id(SuccessMetricId.of("added-metric-" + d.between(0, 99))).name("Added metric").unit("%")
            .baseline(BigDecimal.ONE).target(BigDecimal.TEN).measuredBy(start.plusDays(d.between(0, 500))).build());
      case 22:
        return PlanChange.changeTargetClose(start.plusDays(d.between(-5, 400)));
      case 23: {
        List<Stakeholder> buyers = plan.stakeholders().stream().filter(s -> s.side() == Side.BUYER)
            .collect(Collectors.toList());
        return buyers.isEmpty() || d.chance(30) ? PlanChange.share() : PlanChange.share(d.pick(buyers).id());
      }
      case 24:
        return PlanChange.signOff();
      case 25:
        return d.chance(50) ? PlanChange.closeWon(PlanSamplers.closeReason(d, PlanStatus.CLOSED_WON), "Won on value")
            : PlanChange.closeLost(PlanSamplers.closeReason(d, PlanStatus.CLOSED_LOST));
      case 26:
        return PlanChange.reopen("Back in play");
      case 27:
        return PlanChange.setCalendar(d.chance(50) ? Side.BUYER : Side.SELLER,
            d.chance(50) ? CalendarId.EVERY_DAY : CalendarId.WEEKDAYS);
      case 28:
        if (!commitments.isEmpty()) {
          // Mostly a few days, sometimes up to the limit, which a long commitment cannot take.
          return PlanChange.slipCommitment(d.pick(commitments).id(),
              d.chance(90) ? d.between(1, 15) : d.between(1, PlanLimits.MAX_DURATION_DAYS));
        }
        return PlanChange.reopen("Back in play");
      default:
        return PlanChange.addObjective(Objective.of(ObjectiveId.of("objective-" + d.between(0, 99)), "Objective"));
    }
  }

  /**
   * Someone to make the change: usually a stakeholder the standard policy permits to, sometimes any
   * stakeholder, rarely a stranger to the plan.
   */
  public static StakeholderId actor(Draw d, MutualActionPlan plan, PlanChange change) {
    if (d.chance(3)) {
      return STRANGER;
    }
    List<StakeholderId> permitted = plan.stakeholders().stream()
        .filter(s -> PlanPolicy.standard().refusals(plan, change, s).isEmpty())
        .map(Stakeholder::id)
        .collect(Collectors.toList());
    return permitted.isEmpty() || d.chance(10) ? d.pick(plan.stakeholders()).id() : d.pick(permitted);
  }

  private static Commitment newCommitment(Draw d, MutualActionPlan plan) {
    List<Stakeholder> buyers = plan.stakeholders().stream().filter(s -> s.side() == Side.BUYER)
        .collect(Collectors.toList());
    Side side = buyers.isEmpty() || d.chance(50) ? Side.SELLER : Side.BUYER;
    StakeholderId accountable = side == Side.SELLER ? plan.sellerOwner() : d.pick(buyers).id();
    Commitment.Builder c = Commitment.builder()
        .id(CommitmentId.of("added-" + d.between(0, 99)))
        .title("Added commitment")
        .owingSide(side)
        .durationDays(d.between(1, 15))
        .visibility(side == Side.SELLER && d.chance(20) ? Visibility.INTERNAL : Visibility.SHARED)
        .addResponsibility(Responsibility.accountable(accountable));
    if (!plan.commitments().isEmpty() && d.chance(50)) {
      c.addDependsOn(d.pick(plan.commitments()).id());
    }
    if (d.chance(10)) {
      c.status(CommitmentStatus.DONE).completedOn(plan.start());
      if (d.chance(50)) {
        c.startedOn(plan.start());
      }
    }
    return c.build();
  }
}
