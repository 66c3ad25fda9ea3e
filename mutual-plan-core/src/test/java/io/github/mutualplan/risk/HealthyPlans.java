package io.github.mutualplan.risk;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Plans no risk rule finds anything wrong with, as of a day: a signed-off mutual action plan with a champion,
 * an economic buyer and engaged buyers, steps in progress and due soon, criteria met, a contract and a security
 * step, tailored from a template, changed yesterday.
 */
final class HealthyPlans {
  static final StakeholderId AE = StakeholderId.of("ae");
  static final StakeholderId SE = StakeholderId.of("se");
  static final StakeholderId CHAMPION = StakeholderId.of("champion");
  static final StakeholderId CFO = StakeholderId.of("cfo");
  static final StakeholderId EVALUATOR = StakeholderId.of("evaluator");
  static final List<String> TAGS = List.of("technical", "commercial", "procurement");

  /** A healthy plan and the day it is healthy on. */
  static final class Case {
    final MutualActionPlan plan;
    final LocalDate asOf;

    Case(MutualActionPlan plan, LocalDate asOf) {
      this.plan = plan;
      this.asOf = asOf;
    }

    @Override
    public String toString() {
      return plan + " as of " + asOf;
    }
  }

  static Gen<Case> cases() {
    return in -> healthy(Gens.draw(in));
  }

  static Case healthy(Draw d) {
    LocalDate start = LocalDate.of(2027, 1, 4).plusDays(d.between(0, 1000));
    int steps = d.between(7, 15);
    int done = d.between(1, 3);
    LocalDate asOf = start.plusDays(d.between(20, 40));
    List<StakeholderId> buyers = List.of(CHAMPION, CFO, EVALUATOR);
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      Side side = i % 3 == 1 ? Side.BUYER : Side.SELLER;
      StakeholderId owner = side == Side.SELLER ? (i % 2 == 0 ? AE : SE) : buyers.get(i / 3 % buyers.size());
      Commitment.Builder c = Commitment.builder()
          .id(CommitmentId.of("step-" + i))
          .title("Step " + i)
          .owingSide(side)
          .durationDays(d.between(1, 4))
          .addResponsibility(Responsibility.accountable(owner))
          .addTag(i == steps - 1 ? "legal" : i == 2 ? "security" : d.pick(TAGS));
      if (i > 0) {
        c.addDependsOn(CommitmentId.of("step-" + (i - 1)));
      }
      if (i < done) {
        c.status(CommitmentStatus.DONE).completedOn(start.plusDays(i));
      }
      if (i == steps - 1) {
        c.milestone(MilestoneId.of("signed"));
      }
      commitments.add(c.build());
    }
    // Due dates as the schedule gives them, with a few days of room: nothing is late, the next step is near.
    // An agreed date is one to finish no earlier than, so the steps after it are planned after its room: each
    // step is dated on the schedule of the plan with the steps before it dated.
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults());
    List<Commitment> dated = new ArrayList<>(commitments);
    for (int i = 0; i < dated.size(); i++) {
      Commitment c = dated.get(i);
      if (c.status() != CommitmentStatus.DONE) {
        Schedule schedule = scheduler.schedule(base(start, start.plusDays(400), dated, asOf.minusDays(1)), asOf);
        dated.set(i, c.withDue(schedule.commitment(c.id()).get().earlyFinish().plusDays(d.between(0, 3))));
      }
    }
    return new Case(base(start, start.plusDays(400), dated, asOf.minusDays(1)), asOf);
  }

  static MutualActionPlan base(LocalDate start, LocalDate targetClose, List<Commitment> commitments,
      LocalDate lastActivity) {
    Instant yesterday = lastActivity.atStartOfDay().toInstant(ZoneOffset.UTC);
    return MutualActionPlan.builder()
        .id(PlanId.of("healthy"))
        .title("Healthy deal")
        .deal(Deal.of("Globex", Money.of("90000", "EUR")))
        .sellerOrganization("Acme")
        .buyerOrganization("Globex")
        .start(start)
        .targetClose(targetClose)
        .zone(ZoneOffset.UTC)
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.AGREED)
        .sellerOwner(AE)
        .buyerCoOwner(CHAMPION)
        .addStakeholders(
            person(AE, Side.SELLER, Role.ACCOUNT_EXECUTIVE),
            person(SE, Side.SELLER, Role.SALES_ENGINEER),
            person(CHAMPION, Side.BUYER, Role.CHAMPION),
            person(CFO, Side.BUYER, Role.ECONOMIC_BUYER),
            person(EVALUATOR, Side.BUYER, Role.TECHNICAL_EVALUATOR))
        .addDecisionCriteria(DecisionCriterion.builder().id(DecisionCriterionId.of("fit")).name("Fit")
            .category(CriterionCategory.TECHNICAL).owner(EVALUATOR).standing(Standing.MET).build())
        .addMilestones(Milestone.builder().id(MilestoneId.of("signed")).name("Signed").targetDate(targetClose)
            .closing(true).addExitCriteria("Order form signed").addResponsibility(Responsibility.accountable(AE))
            .build())
        .commitments(commitments)
        .addSignOffs(SignOff.of(AE, yesterday, 1), SignOff.of(CHAMPION, yesterday, 1))
        .provenance(Provenance.builder().templateId("standard-b2b").templateVersion("1.0")
            .addRules(AppliedRule.of("deal-size", "A large deal")).createdAt(yesterday).build())
        .build();
  }

  static Stakeholder person(StakeholderId id, Side side, Role role) {
    return Stakeholder.builder().id(id).side(side).name(id.key()).addRoles(role).build();
  }

  /** The first commitment still to do, of a side if given. */
  static Commitment firstPending(MutualActionPlan plan, Optional<Side> side) {
    return plan.commitments().stream()
        .filter(c -> c.status().isPending() && side.map(s -> c.owingSide() == s).orElse(true))
        .findFirst().orElseThrow();
  }
}
