package io.github.mutualplan.testing;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Measurement;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Samplers of valid plans, from tiny to large: 0 to 500 commitments in a random DAG of dependencies (up to three
 * each), 1 to 25 stakeholders, both kinds and every status, with milestones, decision criteria, objectives and
 * success metrics, internal items, sign-offs and closures. Every choice shrinks towards a smaller, earlier plan.
 *
 * <pre>{@code
 * MutualActionPlan plan = PlanSamplers.plans(50).sample(7L);                 // any test
 * qt().forAll(Gens.of(PlanSamplers.plans(50))).checkAssert(p -> ...);        // QuickTheories, shrinking
 * }</pre>
 *
 * <p>The class keeps no state; its samplers are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PlanSamplers {
  /** The most commitments {@link #plans()} generates. */
  public static final int MAX_COMMITMENTS = 500;
  /** The most stakeholders a generated plan has. */
  public static final int MAX_STAKEHOLDERS = 25;

  private static final LocalDate EARLIEST_START = LocalDate.of(2020, 1, 1);
  private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"));
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY");
  private static final List<String> TAGS =
      List.of("legal", "security", "compliance", "procurement", "technical", "commercial", "onboarding");
  private static final List<Role> EITHER_SIDE =
      List.of(Role.LEGAL, Role.SECURITY, Role.COMPLIANCE, Role.EXECUTIVE_SPONSOR, Role.of("board-member"));
  private static final List<Role> BUYER_ROLES = List.of(
      Role.CHAMPION, Role.ECONOMIC_BUYER, Role.DECISION_MAKER, Role.TECHNICAL_EVALUATOR, Role.END_USER,
      Role.PROCUREMENT);
  private static final List<Role> SELLER_ROLES =
      List.of(Role.SALES_ENGINEER, Role.CUSTOMER_SUCCESS, Role.SALES_MANAGER);

  private PlanSamplers() {}

  /** Valid plans of every kind and status, with up to {@value #MAX_COMMITMENTS} commitments. */
  public static Sampler<MutualActionPlan> plans() {
    return plans(MAX_COMMITMENTS);
  }

  /** Valid plans of every kind and status, with up to {@code maxCommitments} commitments. */
  public static Sampler<MutualActionPlan> plans(int maxCommitments) {
    return plans(Shape.of(maxCommitments));
  }

  /**
   * Valid plans of every kind and status whose dependencies have this shape.
   *
   * <pre>{@code
   * PlanSamplers.plans(Shape.of(200).withDependencies(0));              // no dependency: everything at once
   * PlanSamplers.plans(Shape.of(200).withDependencies(1).withReach(1));  // one chain
   * PlanSamplers.plans(Shape.of(200).withDependencies(5).withReach(200)); // a dense web
   * }</pre>
   */
  public static Sampler<MutualActionPlan> plans(Shape shape) {
    Objects.requireNonNull(shape, "shape");
    return d -> generate(d, shape, Optional.empty(), false);
  }

  /**
   * The shape of a sampled plan's dependencies: up to {@code maxCommitments} commitments, each depending on up
   * to {@code maxDependencies} of the {@code reach} commitments listed just before it (so dependencies form a DAG
   * in the plan's order). A reach of 1 and one dependency make a chain; no dependency, a plan where everything
   * can start at once; many dependencies over a long reach, a dense web. Every count is drawn from 0 to its most,
   * and shrinks towards 0.
   *
   * @param maxCommitments the most commitments, 0 or more
   * @param maxDependencies the most dependencies of a commitment, 0 or more
   * @param reach how far back a dependency may be, in the plan's order, 1 or more
   */
  public record Shape(int maxCommitments, int maxDependencies, int reach) {
    /** Refuses a negative count and a reach of less than 1. */
    public Shape {
      if (maxCommitments < 0 || maxDependencies < 0 || reach < 1) {
        throw new IllegalArgumentException("Shape(" + maxCommitments + ", " + maxDependencies + ", " + reach
            + "): maxCommitments and maxDependencies are 0 or more, reach 1 or more");
      }
    }

    /** Up to that many commitments, each depending on up to three of the fifty before it: the default shape. */
    public static Shape of(int maxCommitments) {
      return new Shape(maxCommitments, 3, 50);
    }

    /** This shape with up to {@code most} dependencies per commitment. */
    public Shape withDependencies(int most) {
      return new Shape(maxCommitments, most, reach);
    }

    /** This shape with dependencies at most {@code reach} commitments back. */
    public Shape withReach(int reach) {
      return new Shape(maxCommitments, maxDependencies, reach);
    }
  }

  /**
   * Valid open plans of either kind (a draft closing plan, a shared or agreed mutual action plan), with up to
   * {@code maxCommitments} commitments: the plans the risk assessor, the forecaster and the documents work on,
   * as a closed plan has no risk and no future.
   */
  public static Sampler<MutualActionPlan> openPlans(int maxCommitments) {
    return d -> generate(d, Shape.of(maxCommitments), Optional.empty(), true);
  }

  /** Valid mutual action plans (shared, agreed or closed), with up to {@code maxCommitments} commitments. */
  public static Sampler<MutualActionPlan> mutualActionPlans(int maxCommitments) {
    return d -> generate(d, Shape.of(maxCommitments), Optional.of(PlanKind.MUTUAL_ACTION_PLAN), false);
  }

  /** Valid closing plans (draft or closed), with up to {@code maxCommitments} commitments. */
  public static Sampler<MutualActionPlan> closingPlans(int maxCommitments) {
    return d -> generate(d, Shape.of(maxCommitments), Optional.of(PlanKind.CLOSING_PLAN), false);
  }

  private static MutualActionPlan generate(Draw d, Shape shape, Optional<PlanKind> wanted, boolean open) {
    LocalDate start = EARLIEST_START.plusDays(d.between(0, 15 * 365));
    int people = d.between(1, MAX_STAKEHOLDERS);
    PlanKind kind = wanted.orElseGet(() -> people >= 2 && d.chance(50)
        ? PlanKind.MUTUAL_ACTION_PLAN : PlanKind.CLOSING_PLAN);
    boolean shared = kind == PlanKind.MUTUAL_ACTION_PLAN;
    People cast = people(d, shared ? Math.max(2, people) : people, shared);
    int version = d.between(1, 50);
    PlanStatus status = open ? (shared ? d.pick(List.of(PlanStatus.SHARED, PlanStatus.AGREED)) : PlanStatus.DRAFT)
        : shared ? d.pick(List.of(PlanStatus.SHARED, PlanStatus.AGREED, PlanStatus.CLOSED_WON, PlanStatus.CLOSED_LOST))
        : d.pick(List.of(PlanStatus.DRAFT, PlanStatus.CLOSED_WON, PlanStatus.CLOSED_LOST));

    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of("plan-" + d.between(0, 9999)))
        .title("Plan " + d.between(0, 9999))
        .deal(Deal.of("Account " + d.between(0, 999),
            Money.of(BigDecimal.valueOf(d.between(0, 5_000_000)), Currency.getInstance(d.pick(CURRENCIES)))))
        .sellerOrganization("Seller Inc.")
        .buyerOrganization("Buyer " + d.between(0, 999))
        .start(start)
        .targetClose(start.plusDays(d.between(0, 400)))
        .zone(d.pick(ZONES))
        .kind(kind)
        .status(status)
        .sellerOwner(cast.sellerOwner())
        .buyerCoOwner(cast.buyerCoOwner)
        .stakeholders(cast.all)
        .version(version);

    List<ObjectiveId> objectives = new ArrayList<>();
    for (int i = d.between(0, 5); i > 0; i--) {
      ObjectiveId id = ObjectiveId.of("objective-" + objectives.size());
      objectives.add(id);
      plan.addObjective(d.chance(50) ? Objective.of(id, "Objective " + id)
          : Objective.builder().id(id).title("Objective " + id).description("Why it matters").build());
    }
    for (int i = d.between(0, 5); i > 0; i--) {
      plan.addSuccessMetric(SuccessMetric.builder()
          .id(SuccessMetricId.of("metric-" + i))
          .name("Metric " + i)
          .unit(d.pick(List.of("days", "%", "USD", "tickets")))
          .baseline(d.chance(80) ? Optional.of(BigDecimal.valueOf(d.between(0, 1000))) : Optional.empty())
          .target(d.chance(80) ? Optional.of(BigDecimal.valueOf(d.between(0, 1000))) : Optional.empty())
          .measuredBy(start.plusDays(d.between(0, 900)))
          .objective(objectives.isEmpty() || d.chance(30) ? Optional.empty() : Optional.of(d.pick(objectives)))
          .measurements(status == PlanStatus.CLOSED_WON ? measurements(d, start) : List.of())
          .build());
    }
    for (int i = d.between(0, 8); i > 0; i--) {
      plan.addDecisionCriterion(DecisionCriterion.builder()
          .id(DecisionCriterionId.of("criterion-" + i))
          .name("Criterion " + i)
          .category(d.pick(List.of(CriterionCategory.values())))
          .weight(d.between(DecisionCriterion.MIN_WEIGHT, DecisionCriterion.MAX_WEIGHT))
          .owner(cast.buyers.isEmpty() || d.chance(30) ? Optional.empty() : Optional.of(d.pick(cast.buyers)))
          .standing(d.pick(List.of(Standing.values())))
          .evidence(d.chance(50) ? Optional.of("Evidence " + i) : Optional.empty())
          .build());
    }
    List<MilestoneId> milestones = milestones(d, plan, start, cast);
    commitments(d, plan, start, cast, milestones, shape);
    signOffs(d, plan, cast, kind, status, version);
    if (status.isClosed()) {
      Instant closedAt = EPOCH.plusSeconds(d.between(0, Integer.MAX_VALUE));
      CloseReason reason = closeReason(d, status);
      plan.closure(d.chance(50) ? Closure.of(reason, closedAt)
          : Closure.of(reason, d.pick(List.of("Won on value", "Lost to a competitor", "No decision")), closedAt));
    }
    if (d.chance(30)) {
      plan.provenance(Provenance.builder()
          .templateId("standard-b2b")
          .templateVersion("1." + d.between(0, 9))
          .addRule(AppliedRule.of("hipaa", "the buyer is subject to HIPAA"))
          .createdAt(EPOCH.plusSeconds(d.between(0, Integer.MAX_VALUE)))
          .build());
    }
    return plan.build();
  }

  /** The stakeholders of a plan, by side, with its owners. */
  private static final class People {
    final List<Stakeholder> all = new ArrayList<>();
    final List<StakeholderId> buyers = new ArrayList<>();
    final List<StakeholderId> sellers = new ArrayList<>();
    Optional<StakeholderId> buyerCoOwner = Optional.empty();

    /** The seller owner: the first person, who is always on the seller's side. */
    StakeholderId sellerOwner() {
      return all.get(0).id();
    }

    List<StakeholderId> on(Side side) {
      return side == Side.BUYER ? buyers : sellers;
    }

    StakeholderId any(Draw d) {
      return all.get(d.between(0, all.size() - 1)).id();
    }
  }

  /** A reason of this outcome: mostly a built-in one, sometimes a team's own. */
  static CloseReason closeReason(Draw d, PlanStatus outcome) {
    if (d.chance(20)) {
      return CloseReason.of("team-reason-" + d.between(0, 9), outcome);
    }
    return d.pick(CloseReason.builtIn().stream().filter(r -> r.outcome() == outcome).collect(Collectors.toList()));
  }

  /** A won plan's measurements of a metric: none to a few, in order, one a day. */
  private static List<Measurement> measurements(Draw d, LocalDate start) {
    List<Measurement> measurements = new ArrayList<>();
    LocalDate on = start.plusDays(d.between(0, 400));
    for (int i = d.between(0, 3); i > 0; i--) {
      measurements.add(Measurement.of(on, BigDecimal.valueOf(d.between(-1000, 100_000), d.between(0, 2))));
      on = on.plusDays(d.between(1, 120));
    }
    return measurements;
  }

  private static People people(Draw d, int count, boolean shared) {
    People cast = new People();
    List<Side> sides = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sides.add(i == 0 ? Side.SELLER : i == 1 && shared ? Side.BUYER : d.pick(List.of(Side.values())));
    }
    int economicBuyer = -1;
    if (shared) {
      List<Integer> buyers = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        if (sides.get(i) == Side.BUYER) {
          buyers.add(i);
        }
      }
      economicBuyer = d.pick(buyers);
    }
    for (int i = 0; i < count; i++) {
      Side side = sides.get(i);
      StakeholderId id = StakeholderId.of((side == Side.BUYER ? "buyer-" : "seller-") + i);
      Stakeholder.Builder person = Stakeholder.builder()
          .id(id)
          .side(side)
          .name("Person " + i)
          .title(d.chance(70) ? Optional.of("Title " + i) : Optional.empty())
          .email(d.chance(50) ? Optional.of("person" + i + "@example.com") : Optional.empty());
      if (i == 0) {
        person.addRole(Role.ACCOUNT_EXECUTIVE);
      }
      if (i == 1 && shared) {
        person.addRole(Role.CHAMPION);
      }
      if (i == economicBuyer) {
        person.addRole(Role.ECONOMIC_BUYER);
      }
      for (int r = d.between(0, 3); r > 0; r--) {
        person.addRole(d.chance(30) ? d.pick(EITHER_SIDE) : d.pick(side == Side.BUYER ? BUYER_ROLES : SELLER_ROLES));
      }
      cast.all.add(person.build());
      cast.on(side).add(id);
    }
    if (shared) {
      cast.buyerCoOwner = Optional.of(cast.all.get(1).id());
    } else if (!cast.buyers.isEmpty() && d.chance(50)) {
      cast.buyerCoOwner = Optional.of(d.pick(cast.buyers));
    }
    return cast;
  }

  private static List<MilestoneId> milestones(Draw d, MutualActionPlan.Builder plan, LocalDate start, People cast) {
    List<MilestoneId> ids = new ArrayList<>();
    int count = d.between(0, 10);
    int closing = count == 0 || d.chance(20) ? -1 : d.between(0, count - 1);
    for (int i = 0; i < count; i++) {
      MilestoneId id = MilestoneId.of("milestone-" + i);
      ids.add(id);
      Milestone.Builder milestone = Milestone.builder()
          .id(id)
          .name("Milestone " + i)
          .targetDate(start.plusDays(d.between(0, 500)))
          .closing(i == closing)
          .visibility(i == closing || d.chance(80) ? Visibility.SHARED : Visibility.INTERNAL);
      for (int e = d.between(0, 3); e > 0; e--) {
        milestone.addExitCriterion("Exit criterion " + e);
      }
      if (d.chance(70)) {
        milestone.addResponsibility(Responsibility.accountable(cast.any(d)));
      }
      if (d.chance(30)) {
        milestone.addResponsibility(Responsibility.informed(cast.any(d)));
      }
      plan.addMilestone(milestone.build());
    }
    return ids;
  }

  private static void commitments(
      Draw d, MutualActionPlan.Builder plan, LocalDate start, People cast, List<MilestoneId> milestones,
      Shape shape) {
    int count = d.size(shape.maxCommitments());
    for (int i = 0; i < count; i++) {
      Side side = cast.buyers.isEmpty() || d.chance(50) ? Side.SELLER : Side.BUYER;
      StakeholderId accountable = d.pick(cast.on(side));
      Commitment.Builder commitment = Commitment.builder()
          .id(CommitmentId.of("commitment-" + i))
          .title("Commitment " + i)
          .owingSide(side)
          .addResponsibility(Responsibility.accountable(accountable));
      for (int r = d.between(0, 2); r > 0; r--) {
        StakeholderId other = cast.any(d);
        Raci letter = d.pick(List.of(Raci.RESPONSIBLE, Raci.CONSULTED, Raci.INFORMED));
        if (!other.equals(accountable)) {
          commitment.addResponsibility(Responsibility.of(other, letter));
        }
      }
      for (int dep = i == 0 ? 0 : d.between(0, shape.maxDependencies()); dep > 0; dep--) {
        commitment.addDependsOn(CommitmentId.of("commitment-" + d.between(Math.max(0, i - shape.reach()), i - 1)));
      }
      timing(d, commitment, start);
      CommitmentStatus status = d.pick(List.of(CommitmentStatus.values()));
      commitment.status(status);
      if (status == CommitmentStatus.DONE) {
        int completed = d.between(0, 300);
        commitment.completedOn(start.plusDays(completed));
        if (d.chance(50)) {
          commitment.startedOn(start.plusDays(d.between(0, completed)));
        }
      } else if (status != CommitmentStatus.OPEN && d.chance(50)) {
        commitment.startedOn(start.plusDays(d.between(0, 300)));
      }
      commitment.visibility(side == Side.BUYER || d.chance(80) ? Visibility.SHARED : Visibility.INTERNAL);
      if (!milestones.isEmpty() && d.chance(50)) {
        commitment.milestone(d.pick(milestones));
      }
      for (int t = d.between(0, 2); t > 0; t--) {
        commitment.addTag(d.pick(TAGS));
      }
      if (d.chance(30)) {
        int optimistic = d.between(1, 10);
        int mostLikely = optimistic + d.between(0, 10);
        commitment.estimate(DurationEstimate.of(optimistic, mostLikely, mostLikely + d.between(0, 20)));
      }
      if (d.chance(20)) {
        commitment.deliverable("Deliverable " + i);
      }
      if (d.chance(10)) {
        commitment.note("Note " + i);
      }
      plan.addCommitment(commitment.build());
    }
  }

  /** One of the ways a commitment's timing can be given: a duration, a due date, or dates and a duration. */
  private static void timing(Draw d, Commitment.Builder commitment, LocalDate planStart) {
    LocalDate start = planStart.plusDays(d.between(0, 300));
    LocalDate due = start.plusDays(d.between(0, 60));
    switch (d.between(0, 3)) {
      case 0:
        commitment.durationDays(d.between(1, 30));
        break;
      case 1:
        commitment.due(due);
        break;
      case 2:
        commitment.start(start).due(due).fixed(d.chance(10));
        break;
      default:
        commitment.start(start).due(due).durationDays(d.between(1, 30)).fixed(d.chance(10));
        break;
    }
  }

  private static void signOffs(
      Draw d, MutualActionPlan.Builder plan, People cast, PlanKind kind, PlanStatus status, int version) {
    if (kind != PlanKind.MUTUAL_ACTION_PLAN) {
      return;
    }
    boolean agreed = status == PlanStatus.AGREED;
    for (StakeholderId owner : List.of(cast.sellerOwner(), cast.buyerCoOwner.get())) {
      if (agreed || d.chance(50)) {
        SignOff signOff = SignOff.of(owner, EPOCH.plusSeconds(d.between(0, Integer.MAX_VALUE)), d.between(1, version));
        plan.addSignOff(signOff.withStale(!agreed && d.chance(50)));
      }
    }
  }
}
