package io.github.mutualplan.testing;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Near-valid plans: samplers that take a valid plan and break exactly one rule of the model in it, in one of
 * several ways chosen at random, and say which violation that must cause, so that you can test your own
 * validation, screens and error handling against the library's.
 *
 * <pre>{@code
 * BrokenPlan broken = PlanBreakers.breaking(PlanRule.DATE_ORDER).sample(7L);
 * assertThatThrownBy(broken.plan()::build).isInstanceOf(PlanValidationException.class);   // at broken.path()
 * qt().forAll(Gens.of(PlanBreakers.breaking(PlanRule.SHARING_GATE))).checkAssert(b -> ...);
 * }</pre>
 *
 * <p>The class keeps no state; its samplers are immutable and safe to share between threads. A broken plan
 * holds a builder, which is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanBreakers {
  private static final int MAX_COMMITMENTS = 80;
  private static final StakeholderId GHOST = StakeholderId.of("ghost-person");

  private PlanBreakers() {}

  /** A plan builder that breaks one rule, and the violation building it must report. */
  public static final class BrokenPlan {
    private final MutualActionPlan.Builder plan;
    private final PlanRule rule;
    private final String path;
    private final String message;

    BrokenPlan(MutualActionPlan.Builder plan, PlanRule rule, String path, String message) {
      this.plan = plan;
      this.rule = rule;
      this.path = path;
      this.message = message;
    }

    /** The builder of the broken plan. */
    public MutualActionPlan.Builder plan() {
      return plan;
    }

    /** The rule broken. */
    public PlanRule rule() {
      return rule;
    }

    /** The path the violation names. */
    public String path() {
      return path;
    }

    /** A part of the violation's message. */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return rule + " at " + path + " (" + message + ")";
    }
  }

  /**
   * Plans that break exactly one of the invariants: {@link PlanRule#UNIQUE_IDS},
   * {@link PlanRule#RESOLVED_REFERENCES}, {@link PlanRule#ACYCLIC_DEPENDENCIES},
   * {@link PlanRule#ONE_ACCOUNTABLE}, {@link PlanRule#DATE_ORDER}, {@link PlanRule#SHARING_GATE},
   * {@link PlanRule#WITHIN_LIMITS} or {@link PlanRule#CLOSE_REASON}.
   */
  public static Sampler<BrokenPlan> breaking(PlanRule rule) {
    switch (rule) {
      case UNIQUE_IDS:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::duplicateId);
      case RESOLVED_REFERENCES:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::danglingReference);
      case ACYCLIC_DEPENDENCIES:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::cycle);
      case ONE_ACCOUNTABLE:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::accountability);
      case DATE_ORDER:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::dateOrder);
      case SHARING_GATE:
        return from(PlanSamplers.mutualActionPlans(MAX_COMMITMENTS), PlanBreakers::sharingGate);
      case WITHIN_LIMITS:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::limits);
      case CLOSE_REASON:
        return from(PlanSamplers.plans(MAX_COMMITMENTS), PlanBreakers::closeReason);
      default:
        throw new IllegalArgumentException("rule: no breaker for " + rule);
    }
  }

  private interface Breaker {
    BrokenPlan apply(Draw d, MutualActionPlan plan);
  }

  private static Sampler<BrokenPlan> from(Sampler<MutualActionPlan> plans, Breaker breaker) {
    return d -> breaker.apply(d, plans.sample(d));
  }

  private static BrokenPlan oneOf(Draw d, List<Supplier<BrokenPlan>> ways) {
    return d.pick(ways).get();
  }

  private static BrokenPlan duplicateId(Draw d, MutualActionPlan plan) {
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    ways.add(() -> {
      Stakeholder s = d.pick(plan.stakeholders());
      return duplicate(copy(plan).addStakeholder(s.withName(s.name() + " again")), "stakeholders", s.id());
    });
    if (!plan.commitments().isEmpty()) {
      ways.add(() -> {
        Commitment c = d.pick(plan.commitments());
        return duplicate(copy(plan).addCommitment(c.withTitle(c.title() + " again")), "commitments", c.id());
      });
    }
    if (!plan.milestones().isEmpty()) {
      ways.add(() -> {
        Milestone m = d.pick(plan.milestones());
        return duplicate(copy(plan).addMilestone(m.withClosing(false)), "milestones", m.id());
      });
    }
    if (!plan.objectives().isEmpty()) {
      ways.add(() -> {
        Objective o = d.pick(plan.objectives());
        return duplicate(copy(plan).addObjective(o), "objectives", o.id());
      });
    }
    if (!plan.successMetrics().isEmpty()) {
      ways.add(() -> {
        SuccessMetric m = d.pick(plan.successMetrics());
        return duplicate(copy(plan).addSuccessMetric(m), "successMetrics", m.id());
      });
    }
    if (!plan.decisionCriteria().isEmpty()) {
      ways.add(() -> {
        DecisionCriterion c = d.pick(plan.decisionCriteria());
        return duplicate(copy(plan).addDecisionCriterion(c), "decisionCriteria", c.id());
      });
    }
    return oneOf(d, ways);
  }

  private static BrokenPlan duplicate(MutualActionPlan.Builder plan, String list, Object id) {
    return new BrokenPlan(plan, PlanRule.UNIQUE_IDS, list + "[" + id + "]", "2 " + list + " have the id '" + id + "'");
  }

  private static BrokenPlan danglingReference(Draw d, MutualActionPlan plan) {
    PlanRule rule = PlanRule.RESOLVED_REFERENCES;
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    ways.add(() -> new BrokenPlan(copy(plan).addSuccessMetric(SuccessMetric.builder()
            .id(SuccessMetricId.of("orphan-metric")).name("Orphan").unit("days")
            .baseline(BigDecimal.ONE).target(BigDecimal.TEN).measuredBy(plan.start())
            .objective(ObjectiveId.of("ghost-objective")).build()),
        rule, "successMetrics[orphan-metric].objective", "no objective 'ghost-objective'"));
    if (!plan.commitments().isEmpty()) {
      Commitment c = d.pick(plan.commitments());
      String at = "commitments[" + c.id() + "]";
      ways.add(() -> new BrokenPlan(
          replace(plan, c, c.withDependsOn(with(c.dependsOn(), CommitmentId.of("ghost-commitment")))),
          rule, at + ".dependsOn[ghost-commitment]", "no commitment 'ghost-commitment'"));
      ways.add(() -> new BrokenPlan(replace(plan, c, c.withMilestone(MilestoneId.of("ghost-milestone"))),
          rule, at + ".milestone", "no milestone 'ghost-milestone'"));
      ways.add(() -> new BrokenPlan(
          replace(plan, c, c.withResponsibilities(with(c.responsibilities(), Responsibility.informed(GHOST)))),
          rule, at + ".responsibilities[" + GHOST + "]", "no stakeholder '" + GHOST + "'"));
    }
    if (!plan.milestones().isEmpty()) {
      Milestone m = d.pick(plan.milestones());
      ways.add(() -> new BrokenPlan(
          replace(plan, m, m.withResponsibilities(with(m.responsibilities(), Responsibility.consulted(GHOST)))),
          rule, "milestones[" + m.id() + "].responsibilities[" + GHOST + "]", "no stakeholder '" + GHOST + "'"));
    }
    if (!plan.decisionCriteria().isEmpty()) {
      DecisionCriterion c = d.pick(plan.decisionCriteria());
      ways.add(() -> new BrokenPlan(
          copy(plan).decisionCriteria(replaced(plan.decisionCriteria(), c, c.withOwner(GHOST))),
          rule, "decisionCriteria[" + c.id() + "].owner", "no stakeholder '" + GHOST + "'"));
    }
    return oneOf(d, ways);
  }

  /** Appends a ring of 1 to 20 new commitments, each depending on the next. */
  private static BrokenPlan cycle(Draw d, MutualActionPlan plan) {
    int length = d.between(1, 20);
    MutualActionPlan.Builder broken = copy(plan);
    List<String> ring = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ring.add("cycle-" + i);
      broken.addCommitment(Commitment.builder()
          .id(CommitmentId.of("cycle-" + i))
          .title("Cycle " + i)
          .owingSide(Side.SELLER)
          .durationDays(1)
          .addDependsOn(CommitmentId.of("cycle-" + (i + 1) % length))
          .addResponsibility(Responsibility.accountable(plan.sellerOwner()))
          .build());
    }
    ring.add("cycle-0");
    return new BrokenPlan(broken, PlanRule.ACYCLIC_DEPENDENCIES,
        "commitments[cycle-0].dependsOn[" + ring.get(1) + "]", "dependency cycle: " + String.join(" -> ", ring));
  }

  private static BrokenPlan accountability(Draw d, MutualActionPlan plan) {
    PlanRule rule = PlanRule.ONE_ACCOUNTABLE;
    if (plan.commitments().isEmpty()) {
      return new BrokenPlan(copy(plan).addCommitment(Commitment.builder()
              .id(CommitmentId.of("nobody-accountable")).title("Nobody accountable").owingSide(Side.SELLER)
              .durationDays(1).build()),
          rule, "commitments[nobody-accountable].responsibilities", "no accountable person");
    }
    Commitment c = d.pick(plan.commitments());
    StakeholderId accountable = c.accountable().orElseThrow();
    String at = "commitments[" + c.id() + "].responsibilities";
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    ways.add(() -> new BrokenPlan(
        replace(plan, c, c.withResponsibilities(c.responsibilities().stream()
            .filter(r -> r.raci() != Raci.ACCOUNTABLE).collect(Collectors.toList()))),
        rule, at, "no accountable person"));
    List<StakeholderId> sameSide = on(plan, c.owingSide(), accountable);
    if (!sameSide.isEmpty()) {
      StakeholderId second = d.pick(sameSide);
      ways.add(() -> new BrokenPlan(
          replace(plan, c, c.withResponsibilities(with(c.responsibilities(), Responsibility.accountable(second)))),
          rule, at, "2 accountable people"));
    }
    List<StakeholderId> otherSide = on(plan, c.owingSide().other(), accountable);
    if (!otherSide.isEmpty()) {
      StakeholderId wrong = d.pick(otherSide);
      List<Responsibility> moved = c.responsibilities().stream()
          .filter(r -> r.raci() != Raci.ACCOUNTABLE).collect(Collectors.toList());
      moved.add(Responsibility.accountable(wrong));
      ways.add(() -> new BrokenPlan(replace(plan, c, c.withResponsibilities(moved)),
          rule, at + "[" + wrong + "]", "is on the " + c.owingSide().other() + " side"));
    }
    if (!plan.milestones().isEmpty() && plan.stakeholders().size() >= 2) {
      Milestone m = d.pick(plan.milestones());
      List<Responsibility> two = m.responsibilities().stream()
          .filter(r -> r.raci() != Raci.ACCOUNTABLE).collect(Collectors.toList());
      two.add(Responsibility.accountable(plan.stakeholders().get(0).id()));
      two.add(Responsibility.accountable(plan.stakeholders().get(1).id()));
      ways.add(() -> new BrokenPlan(replace(plan, m, m.withResponsibilities(two)),
          rule, "milestones[" + m.id() + "].responsibilities", "a milestone has at most one"));
    }
    return oneOf(d, ways);
  }

  private static BrokenPlan dateOrder(Draw d, MutualActionPlan plan) {
    PlanRule rule = PlanRule.DATE_ORDER;
    int days = d.between(1, 400);
    LocalDate before = plan.start().minusDays(days);
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    ways.add(() -> new BrokenPlan(copy(plan).targetClose(before), rule, "targetClose", "is before the plan's start"));
    for (Commitment c : plan.commitments()) {
      String at = "commitments[" + c.id() + "]";
      if (c.start().isPresent()) {
        LocalDate start = c.start().get();
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withStart(before)),
            rule, at + ".start", "is before the plan's start"));
        if (c.due().isPresent()) {
          ways.add(() -> new BrokenPlan(replace(plan, c, c.withDue(start.minusDays(days))),
              rule, at + ".due", "is before its start"));
        }
      } else if (c.due().isPresent()) {
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withDue(before)), rule, at + ".due",
            "is before the plan's start"));
      }
      if (c.completedOn().isPresent()) {
        // Without the day it started, which would then be after its completion too.
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withCompletedOn(before).withStartedOn(Optional.empty())),
            rule, at + ".completedOn", "is before the plan's start"));
        LocalDate afterCompletion = c.completedOn().get().plusDays(days);
        if (!afterCompletion.isAfter(PlanLimits.latestDateOf(plan.start()))) {
          ways.add(() -> new BrokenPlan(replace(plan, c, c.withStartedOn(afterCompletion)), rule, at + ".startedOn",
              "is after its completion date"));
        }
      }
      if (c.status() != CommitmentStatus.OPEN) {
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withStartedOn(before)), rule, at + ".startedOn",
            "is before the plan's start"));
      }
    }
    for (Milestone m : plan.milestones()) {
      ways.add(() -> new BrokenPlan(replace(plan, m, m.withTargetDate(before)),
          rule, "milestones[" + m.id() + "].targetDate", "is before the plan's start"));
    }
    for (SuccessMetric m : plan.successMetrics()) {
      ways.add(() -> new BrokenPlan(
          copy(plan).successMetrics(replaced(plan.successMetrics(), m, m.withMeasuredBy(before))),
          rule, "successMetrics[" + m.id() + "].measuredBy", "is before the plan's start"));
    }
    return oneOf(d, ways);
  }

  private static BrokenPlan sharingGate(Draw d, MutualActionPlan plan) {
    PlanRule rule = PlanRule.SHARING_GATE;
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    for (Role role : List.of(Role.CHAMPION, Role.ECONOMIC_BUYER)) {
      ways.add(() -> new BrokenPlan(
          copy(plan).stakeholders(plan.stakeholders().stream()
              .map(s -> s.withRoles(s.roles().stream().filter(r -> !r.equals(role)).collect(Collectors.toList())))
              .collect(Collectors.toList())),
          rule, "stakeholders", "with the role " + role));
    }
    StakeholderId coOwner = plan.buyerCoOwner().orElseThrow();
    boolean signedByCoOwner = plan.signOffs().stream().anyMatch(s -> s.stakeholder().equals(coOwner));
    if (!signedByCoOwner && plan.status() != PlanStatus.AGREED) {
      ways.add(() -> new BrokenPlan(copy(plan).buyerCoOwner(Optional.empty()), rule, "buyerCoOwner",
          "needs a buyer co-owner"));
    }
    return oneOf(d, ways);
  }

  /** One value just or far beyond its limit: a name, a free text, a duration, a date, a version, an amount. */
  private static BrokenPlan limits(Draw d, MutualActionPlan plan) {
    PlanRule rule = PlanRule.WITHIN_LIMITS;
    int over = d.chance(50) ? 1 : d.between(1, 100_000);
    LocalDate pastTheSpan = PlanLimits.latestDateOf(plan.start()).plusDays(over);
    List<Supplier<BrokenPlan>> ways = new ArrayList<>();
    ways.add(() -> new BrokenPlan(copy(plan).title("T".repeat(PlanLimits.MAX_NAME_LENGTH + over)), rule, "title",
        "has " + (PlanLimits.MAX_NAME_LENGTH + over) + " characters; at most " + PlanLimits.MAX_NAME_LENGTH));
    ways.add(() -> new BrokenPlan(copy(plan).targetClose(pastTheSpan), rule, "targetClose",
        pastTheSpan + " is more than " + PlanLimits.MAX_SPAN_YEARS + " years after the plan's start"));
    ways.add(() -> new BrokenPlan(copy(plan).version(PlanLimits.MAX_VERSION + over), rule, "version",
        "must be at most " + PlanLimits.MAX_VERSION));
    for (Commitment c : plan.commitments()) {
      String at = "commitments[" + c.id() + "]";
      int days = PlanLimits.MAX_DURATION_DAYS + over;
      if (c.durationDays().isPresent()) {
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withDurationDays(days)), rule, at + ".durationDays",
            "must be at most " + PlanLimits.MAX_DURATION_DAYS + " working days (was " + days + ")"));
      }
      ways.add(() -> new BrokenPlan(replace(plan, c, c.withNote("n".repeat(PlanLimits.MAX_TEXT_LENGTH + over))),
          rule, at + ".note", "at most " + PlanLimits.MAX_TEXT_LENGTH));
      if (c.due().isPresent()) {
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withDue(pastTheSpan)), rule, at + ".due",
            "years after the plan's start"));
      }
      if (c.status() != CommitmentStatus.OPEN && c.status() != CommitmentStatus.DONE) {
        ways.add(() -> new BrokenPlan(replace(plan, c, c.withStartedOn(pastTheSpan)), rule, at + ".startedOn",
            "years after the plan's start"));
      }
    }
    for (Milestone m : plan.milestones()) {
      ways.add(() -> new BrokenPlan(replace(plan, m, m.withTargetDate(pastTheSpan)),
          rule, "milestones[" + m.id() + "].targetDate", "years after the plan's start"));
    }
    for (SuccessMetric m : plan.successMetrics()) {
      BigDecimal huge = BigDecimal.TEN.pow(PlanLimits.MAX_DECIMAL_DIGITS + d.between(0, 20));
      ways.add(() -> new BrokenPlan(
          copy(plan).successMetrics(replaced(plan.successMetrics(), m, m.withTarget(huge))),
          rule, "successMetrics[" + m.id() + "].target", "has more than " + PlanLimits.MAX_DECIMAL_DIGITS + " digits"));
    }
    plan.closure().ifPresent(c -> ways.add(() -> new BrokenPlan(
        copy(plan).closure(c.withClosedAt(Instant.parse("3000-01-01T00:00:00Z").plusSeconds(over))),
        rule, "closure.closedAt", "is not within the years 1900 to 2999")));
    return oneOf(d, ways);
  }

  /** A plan closed won with a reason to lose, or lost with a reason to win: built in or of the user's own. */
  private static BrokenPlan closeReason(Draw d, MutualActionPlan plan) {
    PlanStatus status = d.chance(50) ? PlanStatus.CLOSED_WON : PlanStatus.CLOSED_LOST;
    PlanStatus other = status == PlanStatus.CLOSED_WON ? PlanStatus.CLOSED_LOST : PlanStatus.CLOSED_WON;
    List<CloseReason> wrong = CloseReason.builtIn().stream().filter(r -> r.outcome() == other)
        .collect(Collectors.toList());
    CloseReason reason = d.chance(75) ? d.pick(wrong) : CloseReason.of("own-" + d.between(1, 99), other);
    Instant closedAt = plan.start().atStartOfDay(plan.zone()).toInstant().plusSeconds(d.between(0, 86_399));
    return new BrokenPlan(copy(plan).status(status).closure(Closure.of(reason, closedAt)), PlanRule.CLOSE_REASON,
        "closure.reason", "'" + reason.key() + "' is one to " + (reason.isWin() ? "win" : "lose"));
  }

  private static MutualActionPlan.Builder copy(MutualActionPlan plan) {
    return MutualActionPlan.builder().from(plan);
  }

  private static MutualActionPlan.Builder replace(MutualActionPlan plan, Commitment old, Commitment changed) {
    return copy(plan).commitments(replaced(plan.commitments(), old, changed));
  }

  private static MutualActionPlan.Builder replace(MutualActionPlan plan, Milestone old, Milestone changed) {
    return copy(plan).milestones(replaced(plan.milestones(), old, changed));
  }

  private static <T> List<T> replaced(List<T> items, T old, T changed) {
    UnaryOperator<T> swap = item -> item.equals(old) ? changed : item;
    return items.stream().map(swap).collect(Collectors.toList());
  }

  private static <T> List<T> with(Iterable<T> items, T more) {
    List<T> all = new ArrayList<>();
    items.forEach(all::add);
    all.add(more);
    return all;
  }

  private static List<StakeholderId> on(MutualActionPlan plan, Side side, StakeholderId except) {
    return plan.stakeholders().stream()
        .filter(s -> s.side() == side && !s.id().equals(except))
        .map(Stakeholder::id)
        .collect(Collectors.toList());
  }
}
