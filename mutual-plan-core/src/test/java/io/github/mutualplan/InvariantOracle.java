package io.github.mutualplan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A second, deliberately naive reading of invariants 1 to 5 (DESIGN.md section 5), written apart from the
 * library's validator so that each checks the other.
 */
final class InvariantOracle {
  private InvariantOracle() {}

  /** Which of the six invariant rules the plan content breaks. */
  static Set<PlanRule> broken(Content p) {
    Set<PlanRule> broken = EnumSet.noneOf(PlanRule.class);
    Map<StakeholderId, Stakeholder> people = p.stakeholders.stream()
        .collect(Collectors.toMap(Stakeholder::id, s -> s, (a, b) -> a));
    Set<CommitmentId> commitments = p.commitments.stream().map(Commitment::id).collect(Collectors.toSet());

    if (hasDuplicates(p.stakeholders, Stakeholder::id) || hasDuplicates(p.commitments, Commitment::id)
        || hasDuplicates(p.milestones, Milestone::id) || hasDuplicates(p.objectives, Objective::id)
        || hasDuplicates(p.successMetrics, SuccessMetric::id)
        || hasDuplicates(p.decisionCriteria, DecisionCriterion::id)) {
      broken.add(PlanRule.UNIQUE_IDS);
    }

    Set<MilestoneId> milestones = p.milestones.stream().map(Milestone::id).collect(Collectors.toSet());
    Set<ObjectiveId> objectives = p.objectives.stream().map(Objective::id).collect(Collectors.toSet());
    Stream<StakeholderId> referencedPeople = Stream.of(
            Stream.of(p.sellerOwner), p.buyerCoOwner.stream(),
            p.commitments.stream().flatMap(c -> c.responsibilities().stream()).map(Responsibility::stakeholder),
            p.milestones.stream().flatMap(m -> m.responsibilities().stream()).map(Responsibility::stakeholder),
            p.decisionCriteria.stream().flatMap(c -> c.owner().stream()),
            p.signOffs.stream().map(SignOff::stakeholder))
        .flatMap(s -> s);
    boolean dangling = referencedPeople.anyMatch(id -> !people.containsKey(id))
        || p.commitments.stream().flatMap(c -> c.dependsOn().stream()).anyMatch(id -> !commitments.contains(id))
        || p.commitments.stream().flatMap(c -> c.milestone().stream()).anyMatch(id -> !milestones.contains(id))
        || p.successMetrics.stream().flatMap(m -> m.objective().stream()).anyMatch(id -> !objectives.contains(id));
    if (dangling) {
      broken.add(PlanRule.RESOLVED_REFERENCES);
    }

    if (!isAcyclic(p.commitments, commitments)) {
      broken.add(PlanRule.ACYCLIC_DEPENDENCIES);
    }

    for (Commitment c : p.commitments) {
      List<StakeholderId> accountable = c.responsibilities().stream()
          .filter(r -> r.raci() == Raci.ACCOUNTABLE).map(Responsibility::stakeholder).collect(Collectors.toList());
      boolean onOwingSide = accountable.size() == 1
          && Optional.ofNullable(people.get(accountable.get(0))).map(s -> s.side() == c.owingSide()).orElse(true);
      if (!onOwingSide) {
        broken.add(PlanRule.ONE_ACCOUNTABLE);
      }
    }
    for (Milestone m : p.milestones) {
      if (m.responsibilities().stream().filter(r -> r.raci() == Raci.ACCOUNTABLE).count() > 1) {
        broken.add(PlanRule.ONE_ACCOUNTABLE);
      }
    }

    boolean datesOrdered = !p.targetClose.isBefore(p.start)
        && p.commitments.stream().allMatch(c ->
            c.start().map(s -> !s.isBefore(p.start)).orElse(true)
                && !c.due().map(due -> due.isBefore(c.start().orElse(p.start))).orElse(false)
                && c.completedOn().map(on -> !on.isBefore(p.start)).orElse(true)
                && c.startedOn().map(on -> !on.isBefore(p.start)
                    && !on.isAfter(c.completedOn().orElse(LocalDate.MAX))).orElse(true))
        && p.milestones.stream().allMatch(m -> !m.targetDate().isBefore(p.start))
        && p.successMetrics.stream().allMatch(m -> !m.measuredBy().isBefore(p.start));
    if (!datesOrdered) {
      broken.add(PlanRule.DATE_ORDER);
    }

    if (p.kind == PlanKind.MUTUAL_ACTION_PLAN) {
      boolean champion = p.stakeholders.stream().anyMatch(s -> s.side() == Side.BUYER && s.hasRole(Role.CHAMPION));
      boolean economicBuyer =
          p.stakeholders.stream().anyMatch(s -> s.side() == Side.BUYER && s.hasRole(Role.ECONOMIC_BUYER));
      if (p.buyerCoOwner.isEmpty() || !champion || !economicBuyer) {
        broken.add(PlanRule.SHARING_GATE);
      }
    }
    return broken;
  }

  private static <T, K> boolean hasDuplicates(Collection<T> items, Function<T, K> id) {
    Set<K> seen = new HashSet<>();
    return !items.stream().map(id).allMatch(seen::add);
  }

  /** Kahn's algorithm: acyclic when every commitment can be taken once all its dependencies are. */
  private static boolean isAcyclic(List<Commitment> items, Set<CommitmentId> known) {
    Map<CommitmentId, Integer> waitingOn = new HashMap<>();
    Map<CommitmentId, List<CommitmentId>> dependents = new HashMap<>();
    Set<CommitmentId> seen = new HashSet<>();
    for (Commitment c : items) {
      if (!seen.add(c.id())) {
        continue;
      }
      List<CommitmentId> deps = c.dependsOn().stream().filter(known::contains).collect(Collectors.toList());
      waitingOn.put(c.id(), deps.size());
      deps.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(c.id()));
    }
    ArrayDeque<CommitmentId> ready = waitingOn.entrySet().stream().filter(e -> e.getValue() == 0)
        .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayDeque::new));
    int taken = 0;
    while (!ready.isEmpty()) {
      CommitmentId next = ready.poll();
      taken++;
      for (CommitmentId dependent : dependents.getOrDefault(next, List.of())) {
        if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    return taken == waitingOn.size();
  }

  /** The content of a plan, valid or not. */
  static final class Content {
    MutualActionPlan base;
    LocalDate start;
    LocalDate targetClose;
    PlanKind kind;
    StakeholderId sellerOwner;
    Optional<StakeholderId> buyerCoOwner;
    List<Stakeholder> stakeholders;
    List<Objective> objectives;
    List<SuccessMetric> successMetrics;
    List<DecisionCriterion> decisionCriteria;
    List<Milestone> milestones;
    List<Commitment> commitments;
    List<SignOff> signOffs;

    static Content of(MutualActionPlan plan) {
      Content c = new Content();
      c.base = plan;
      c.start = plan.start();
      c.targetClose = plan.targetClose();
      c.kind = plan.kind();
      c.sellerOwner = plan.sellerOwner();
      c.buyerCoOwner = plan.buyerCoOwner();
      c.stakeholders = new ArrayList<>(plan.stakeholders());
      c.objectives = new ArrayList<>(plan.objectives());
      c.successMetrics = new ArrayList<>(plan.successMetrics());
      c.decisionCriteria = new ArrayList<>(plan.decisionCriteria());
      c.milestones = new ArrayList<>(plan.milestones());
      c.commitments = new ArrayList<>(plan.commitments());
      c.signOffs = new ArrayList<>(plan.signOffs());
      return c;
    }

    /** A builder of a plan of this content, with every other attribute taken from the plan it was read from. */
    MutualActionPlan.Builder toBuilder() {
      return MutualActionPlan.builder().from(base)
          .start(start).targetClose(targetClose).kind(kind).sellerOwner(sellerOwner).buyerCoOwner(buyerCoOwner)
          .stakeholders(stakeholders).objectives(objectives).successMetrics(successMetrics)
          .decisionCriteria(decisionCriteria).milestones(milestones).commitments(commitments).signOffs(signOffs);
    }
  }
}
