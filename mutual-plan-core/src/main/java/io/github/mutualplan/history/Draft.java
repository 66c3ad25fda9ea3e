package io.github.mutualplan.history;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The content of the next version while a change works on it; built into a plan once the change is done. */
final class Draft {
  final MutualActionPlan before;
  final StakeholderId actor;
  final Instant at;

  final List<Stakeholder> stakeholders;
  final List<Objective> objectives;
  final List<SuccessMetric> successMetrics;
  final List<DecisionCriterion> decisionCriteria;
  final List<Milestone> milestones;
  final List<Commitment> commitments;
  final List<SignOff> signOffs;
  PlanKind kind;
  PlanStatus status;
  Optional<StakeholderId> buyerCoOwner;
  Optional<Closure> closure;
  LocalDate targetClose;
  CalendarId buyerCalendar;
  CalendarId sellerCalendar;

  Draft(MutualActionPlan before, StakeholderId actor, Instant at) {
    this.before = before;
    this.actor = actor;
    this.at = at;
    stakeholders = new ArrayList<>(before.stakeholders());
    objectives = new ArrayList<>(before.objectives());
    successMetrics = new ArrayList<>(before.successMetrics());
    decisionCriteria = new ArrayList<>(before.decisionCriteria());
    milestones = new ArrayList<>(before.milestones());
    commitments = new ArrayList<>(before.commitments());
    signOffs = new ArrayList<>(before.signOffs());
    kind = before.kind();
    status = before.status();
    buyerCoOwner = before.buyerCoOwner();
    closure = before.closure();
    targetClose = before.targetClose();
    buyerCalendar = before.buyerCalendar();
    sellerCalendar = before.sellerCalendar();
  }

  /** The plan of this content, at this version; validated. */
  MutualActionPlan build(long version) {
    return MutualActionPlan.builder().from(before)
        .stakeholders(stakeholders)
        .objectives(objectives)
        .successMetrics(successMetrics)
        .decisionCriteria(decisionCriteria)
        .milestones(milestones)
        .commitments(commitments)
        .signOffs(signOffs)
        .kind(kind)
        .status(status)
        .buyerCoOwner(buyerCoOwner)
        .closure(closure)
        .targetClose(targetClose)
        .buyerCalendar(buyerCalendar)
        .sellerCalendar(sellerCalendar)
        .version(version)
        .build();
  }

  Commitment commitment(CommitmentId id) {
    return get(commitments, Commitment::id, id, Item.COMMITMENT);
  }

  Milestone milestone(MilestoneId id) {
    return get(milestones, Milestone::id, id, Item.MILESTONE);
  }

  Stakeholder stakeholder(StakeholderId id) {
    return get(stakeholders, Stakeholder::id, id, Item.STAKEHOLDER);
  }

  DecisionCriterion decisionCriterion(DecisionCriterionId id) {
    return get(decisionCriteria, DecisionCriterion::id, id, Item.DECISION_CRITERION);
  }

  void replace(Commitment commitment) {
    set(commitments, Commitment::id, commitment, Item.COMMITMENT);
  }

  void replace(Milestone milestone) {
    set(milestones, Milestone::id, milestone, Item.MILESTONE);
  }

  void replace(Stakeholder stakeholder) {
    set(stakeholders, Stakeholder::id, stakeholder, Item.STAKEHOLDER);
  }

  SuccessMetric successMetric(SuccessMetricId id) {
    return get(successMetrics, SuccessMetric::id, id, Item.SUCCESS_METRIC);
  }

  void replace(SuccessMetric metric) {
    set(successMetrics, SuccessMetric::id, metric, Item.SUCCESS_METRIC);
  }

  void replace(DecisionCriterion criterion) {
    set(decisionCriteria, DecisionCriterion::id, criterion, Item.DECISION_CRITERION);
  }

  /** Appends a new item, refusing one whose identifier the list already has. */
  static <T, K> void add(List<T> list, Function<T, K> id, T item, Item kind) {
    K key = id.apply(item);
    if (list.stream().map(id).anyMatch(key::equals)) {
      throw new Refused(PlanRule.UNIQUE_IDS, kind.path(key), "the plan already has a " + kind.name + " '" + key + "'");
    }
    list.add(item);
  }

  private static <T, K> T get(List<T> list, Function<T, K> id, K key, Item kind) {
    return list.get(indexOf(list, id, key, kind));
  }

  private static <T, K> void set(List<T> list, Function<T, K> id, T item, Item kind) {
    list.set(indexOf(list, id, id.apply(item), kind), item);
  }

  static <T, K> int indexOf(List<T> list, Function<T, K> id, K key, Item kind) {
    for (int i = 0; i < list.size(); i++) {
      if (id.apply(list.get(i)).equals(key)) {
        return i;
      }
    }
    throw new Refused(PlanRule.RESOLVED_REFERENCES, kind.path(key), "the plan has no " + kind.name + " '" + key + "'");
  }

  /** A kind of item of a plan: its name in a message and its list in a path. */
  enum Item {
    COMMITMENT("commitment", "commitments"),
    MILESTONE("milestone", "milestones"),
    STAKEHOLDER("stakeholder", "stakeholders"),
    DECISION_CRITERION("decision criterion", "decisionCriteria"),
    OBJECTIVE("objective", "objectives"),
    SUCCESS_METRIC("success metric", "successMetrics");

    final String name;
    private final String list;

    Item(String name, String list) {
      this.name = name;
      this.list = list;
    }

    /** The path of the item with this key, such as {@code commitments[kickoff]}. */
    String path(Object key) {
      return list + "[" + key + "]";
    }
  }

  /** Thrown while a change works on a draft to refuse it, with the rules it would break. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught within the editor
    final List<Violation> violations;

    Refused(PlanRule rule, String path, String message) {
      this(List.of(Violation.of(rule, path, message)));
    }

    Refused(List<Violation> violations) {
      super(violations.toString(), null, false, false);
      this.violations = List.copyOf(violations);
    }
  }
}
