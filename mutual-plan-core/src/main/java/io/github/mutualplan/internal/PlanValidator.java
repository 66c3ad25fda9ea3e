package io.github.mutualplan.internal;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Raci;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.internal.Texts.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every {@link PlanRule} of a plan and reports all violations at once. Runs on every plan built or
 * copied; linear in the size of the plan.
 */
public final class PlanValidator {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MutualActionPlan plan;
  private final List<Violation> violations = new ArrayList<>();
  private Map<StakeholderId, Stakeholder> stakeholders;
  private Map<MilestoneId, Milestone> milestones;
  private Map<CommitmentId, Integer> commitmentIndex;
  /** The last day a date of the plan may fall on. */
  private LocalDate latestDate;

  private PlanValidator(MutualActionPlan plan) {
    this.plan = plan;
  }

  /**
   * Checks the plan.
   *
   * @param plan the plan to check
   * @throws PlanValidationException listing every violation, if there is any
   */
  public static void validate(MutualActionPlan plan) {
    List<Violation> found = violationsOf(plan);
    if (!found.isEmpty()) {
      throw new PlanValidationException("plan '" + plan.id() + "'", found);
    }
  }

  /** Every violation of the plan, in a stable order; empty for a valid plan. */
  static List<Violation> violationsOf(MutualActionPlan plan) {
    PlanValidator validator = new PlanValidator(plan);
    validator.run();
    return validator.violations;
  }

  private void run() {
    stakeholders = unique("stakeholders", plan.stakeholders(), Stakeholder::id);
    Map<ObjectiveId, ?> objectives = unique("objectives", plan.objectives(), o -> o.id());
    unique("successMetrics", plan.successMetrics(), SuccessMetric::id);
    unique("decisionCriteria", plan.decisionCriteria(), DecisionCriterion::id);
    milestones = unique("milestones", plan.milestones(), Milestone::id);
    Map<CommitmentId, Commitment> commitments = unique("commitments", plan.commitments(), Commitment::id);
    commitmentIndex = new HashMap<>();
    plan.commitments().forEach(c -> commitmentIndex.putIfAbsent(c.id(), commitmentIndex.size()));

    checkPlanValues();
    checkOwner("sellerOwner", Optional.of(plan.sellerOwner()), Side.SELLER);
    checkOwner("buyerCoOwner", plan.buyerCoOwner(), Side.BUYER);
    plan.stakeholders().forEach(this::checkStakeholder);
    plan.objectives().forEach(o -> {
      String path = item("objectives", o.id());
      text(path, ".title", o.title(), Kind.NAME);
      text(path, ".description", o.description(), Kind.TEXT);
    });
    plan.successMetrics().forEach(m -> checkSuccessMetric(m, objectives));
    plan.decisionCriteria().forEach(this::checkDecisionCriterion);
    checkMilestones();
    plan.commitments().forEach(c -> checkCommitment(c, commitments));
    checkCycles();
    checkSharingGate();
    checkLifecycle();
  }

  private <K, V> Map<K, V> unique(String list, List<V> items, Function<V, K> id) {
    Map<K, V> first = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
    Map<K, Integer> duplicated = null; // how often an id is there, for the ids there more than once
    for (V value : items) {
      K key = id.apply(value);
      if (first.putIfAbsent(key, value) != null) {
        if (duplicated == null) {
          duplicated = new HashMap<>();
        }
        duplicated.merge(key, 2, (count, two) -> count + 1);
      }
    }
    if (duplicated != null) { // reported in the order of the ids' first places
      Set<K> reported = new HashSet<>();
      for (V value : items) {
        K key = id.apply(value);
        Integer count = duplicated.get(key);
        if (count != null && reported.add(key)) {
          add(PlanRule.UNIQUE_IDS, list + "[" + key + "]", count + " " + list + " have the id '" + key + "'");
        }
      }
    }
    return first;
  }

  private void checkPlanValues() {
    text("title", "", plan.title(), Kind.NAME);
    text("deal.accountName", "", plan.deal().accountName(), Kind.NAME);
    text("sellerOrganization", "", plan.sellerOrganization(), Kind.NAME);
    text("buyerOrganization", "", plan.buyerOrganization(), Kind.NAME);
    if (plan.version() < 1) {
      add(PlanRule.VALID_VALUES, "version", "must be at least 1 (was " + plan.version() + ")");
    } else if (plan.version() > PlanLimits.MAX_VERSION) {
      add(PlanRule.WITHIN_LIMITS, "version", "must be at most " + PlanLimits.MAX_VERSION + " (was "
          + plan.version() + ")");
    }
    boolean startWithinLimits = PlanLimits.isWithinLimits(plan.start());
    if (!startWithinLimits) {
      add(PlanRule.WITHIN_LIMITS, "start", plan.start() + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    }
    // A start out of its limits is one violation; its dates are not measured from it too.
    latestDate = startWithinLimits ? PlanLimits.latestDateOf(plan.start()) : LocalDate.MAX;
    date("targetClose", "", plan.targetClose(), plan.start(), "the plan's start");
    plan.provenance().ifPresent(p -> {
      text("provenance.templateId", "", p.templateId(), Kind.NAME);
      text("provenance.templateVersion", "", p.templateVersion(), Kind.NAME);
      for (int i = 0; i < p.rules().size(); i++) {
        text("provenance.rules[" + i + "]", ".ruleId", p.rules().get(i).ruleId(), Kind.NAME);
        text("provenance.rules[" + i + "]", ".reason", p.rules().get(i).reason(), Kind.TEXT);
      }
      instant("provenance.createdAt", p.createdAt());
    });
  }

  private void checkOwner(String path, Optional<StakeholderId> owner, Side side) {
    owner.ifPresent(id -> {
      Stakeholder who = stakeholders.get(id);
      if (who == null) {
        add(PlanRule.RESOLVED_REFERENCES, path, noSuch("stakeholder", id));
      } else if (who.side() != side) {
        add(PlanRule.ROLE_SIDES, path, "'" + id + "' is on the " + who.side() + " side; the " + path
            + " must be on the " + side + " side");
      }
    });
  }

  private void checkStakeholder(Stakeholder stakeholder) {
    String path = item("stakeholders", stakeholder.id());
    text(path, ".name", stakeholder.name(), Kind.NAME);
    text(path, ".title", stakeholder.title(), Kind.NAME);
    stakeholder.email().ifPresent(email -> {
      Optional<Texts.Problem> malformed = Texts.problem(email, Kind.NAME).filter(p -> !p.overLimit());
      if (malformed.isPresent()) {
        add(PlanRule.VALID_VALUES, path + ".email", malformed.get().message());
      } else if (email.length() > PlanLimits.MAX_EMAIL_LENGTH) {
        add(PlanRule.WITHIN_LIMITS, path + ".email", "has " + email.length() + " characters; at most "
            + PlanLimits.MAX_EMAIL_LENGTH);
      } else if (!EMAIL.matcher(email).matches()) {
        add(PlanRule.VALID_VALUES, path + ".email", Texts.quote(email) + " is not an e-mail address");
      }
    });
    for (Role role : stakeholder.roles()) {
      role.side().filter(side -> side != stakeholder.side()).ifPresent(side ->
          add(PlanRule.ROLE_SIDES, path + ".roles[" + role + "]", "'" + stakeholder.id() + "' is on the "
              + stakeholder.side() + " side, but " + role + " is a " + side + " role"));
    }
  }

  private void checkSuccessMetric(SuccessMetric metric, Map<ObjectiveId, ?> objectives) {
    String path = item("successMetrics", metric.id());
    text(path, ".name", metric.name(), Kind.NAME);
    text(path, ".unit", metric.unit(), Kind.NAME);
    date(path, ".measuredBy", metric.measuredBy(), plan.start(), "the plan's start");
    metric.baseline().ifPresent(value -> digits(path + ".baseline", value));
    metric.target().ifPresent(value -> digits(path + ".target", value));
    metric.objective().filter(o -> !objectives.containsKey(o)).ifPresent(o ->
        add(PlanRule.RESOLVED_REFERENCES, path + ".objective", noSuch("objective", o)));
  }

  private void checkDecisionCriterion(DecisionCriterion criterion) {
    String path = item("decisionCriteria", criterion.id());
    text(path, ".name", criterion.name(), Kind.NAME);
    text(path, ".evidence", criterion.evidence(), Kind.TEXT);
    if (criterion.weight() < DecisionCriterion.MIN_WEIGHT || criterion.weight() > DecisionCriterion.MAX_WEIGHT) {
      add(PlanRule.VALID_VALUES, path + ".weight", "must be between " + DecisionCriterion.MIN_WEIGHT + " and "
          + DecisionCriterion.MAX_WEIGHT + " (was " + criterion.weight() + ")");
    }
    criterion.owner().ifPresent(owner -> {
      Stakeholder who = stakeholders.get(owner);
      if (who == null) {
        add(PlanRule.RESOLVED_REFERENCES, path + ".owner", noSuch("stakeholder", owner));
      } else if (who.side() != Side.BUYER) {
        add(PlanRule.ROLE_SIDES, path + ".owner",
            "'" + owner + "' is on the " + who.side() + " side; a criterion's owner is on the BUYER side");
      }
    });
  }

  private void checkMilestones() {
    Optional<MilestoneId> closing = Optional.empty();
    for (Milestone milestone : plan.milestones()) {
      String path = item("milestones", milestone.id());
      text(path, ".name", milestone.name(), Kind.NAME);
      date(path, ".targetDate", milestone.targetDate(), plan.start(), "the plan's start");
      for (int i = 0; i < milestone.exitCriteria().size(); i++) {
        text(path, ".exitCriteria[" + i + "]", milestone.exitCriteria().get(i), Kind.TEXT);
      }
      if (milestone.closing()) {
        if (closing.isPresent()) {
          add(PlanRule.LIFECYCLE, path + ".closing",
              "'" + closing.get() + "' is already the closing milestone; a plan has at most one");
        } else {
          closing = Optional.of(milestone.id());
        }
        if (milestone.visibility() != Visibility.SHARED) {
          add(PlanRule.VISIBILITY, path + ".visibility", "the closing milestone is always shared");
        }
      }
      List<StakeholderId> accountable = checkResponsibilities(path, milestone.responsibilities());
      if (accountable.size() > 1) {
        add(PlanRule.ONE_ACCOUNTABLE, path + ".responsibilities",
            accountable.size() + " accountable people " + accountable + "; a milestone has at most one");
      }
    }
  }

  private void checkCommitment(Commitment commitment, Map<CommitmentId, Commitment> commitments) {
    String path = item("commitments", commitment.id());
    text(path, ".title", commitment.title(), Kind.NAME);
    text(path, ".deliverable", commitment.deliverable(), Kind.TEXT);
    text(path, ".note", commitment.note(), Kind.TEXT);
    commitment.durationDays().ifPresent(days -> {
      if (days < 1) {
        add(PlanRule.VALID_VALUES, path + ".durationDays", "must be at least 1 (was " + days + ")");
      } else if (days > PlanLimits.MAX_DURATION_DAYS) {
        add(PlanRule.WITHIN_LIMITS, path + ".durationDays", "must be at most " + PlanLimits.MAX_DURATION_DAYS
            + " working days (was " + days + ")");
      }
    });
    if (commitment.fixed() && commitment.start().isEmpty()) {
      add(PlanRule.VALID_VALUES, path + ".start", "a fixed commitment needs the date it starts on");
    }
    if (commitment.due().isEmpty() && commitment.durationDays().isEmpty()) {
      add(PlanRule.VALID_VALUES, path + ".due", "needs a due date or a duration in working days");
    }
    checkCommitmentDates(path, commitment);
    for (CommitmentId dependency : commitment.dependsOn()) {
      if (!commitments.containsKey(dependency)) {
        add(PlanRule.RESOLVED_REFERENCES, path + ".dependsOn[" + dependency + "]", noSuch("commitment", dependency));
      }
    }
    commitment.milestone().filter(m -> !milestones.containsKey(m)).ifPresent(m ->
        add(PlanRule.RESOLVED_REFERENCES, path + ".milestone", noSuch("milestone", m)));
    if (commitment.isCustomerPledge() && commitment.visibility() != Visibility.SHARED) {
      add(PlanRule.VISIBILITY, path + ".visibility", "a customer pledge (owed by the BUYER) is always shared");
    }
    for (String tag : commitment.tags()) {
      if (!Keys.isValid(tag)) {
        add(PlanRule.VALID_VALUES, path + ".tags", Texts.quote(tag) + " is not a valid tag: use " + Keys.rule());
      }
    }
    List<StakeholderId> accountable = checkResponsibilities(path, commitment.responsibilities());
    if (accountable.size() != 1) {
      add(PlanRule.ONE_ACCOUNTABLE, path + ".responsibilities", accountable.isEmpty()
          ? "no accountable person; a commitment has exactly one, on the side that owes it"
          : accountable.size() + " accountable people " + accountable + "; a commitment has exactly one");
    } else {
      Stakeholder who = stakeholders.get(accountable.get(0));
      if (who != null && who.side() != commitment.owingSide()) {
        add(PlanRule.ONE_ACCOUNTABLE, path + ".responsibilities[" + who.id() + "]", "the accountable person '"
            + who.id() + "' is on the " + who.side() + " side, but the " + commitment.owingSide()
            + " owes the commitment");
      }
    }
  }

  private void checkCommitmentDates(String path, Commitment commitment) {
    if (commitment.start().isPresent()) {
      LocalDate start = commitment.start().get();
      date(path, ".start", start, plan.start(), "the plan's start");
      commitment.due().ifPresent(due -> date(path, ".due", due, start, "its start"));
    } else {
      commitment.due().ifPresent(due -> date(path, ".due", due, plan.start(), "the plan's start"));
    }
    boolean done = commitment.status() == CommitmentStatus.DONE;
    if (done && commitment.completedOn().isEmpty()) {
      add(PlanRule.LIFECYCLE, path + ".completedOn", "a DONE commitment needs its completion date");
    } else if (!done && commitment.completedOn().isPresent()) {
      add(PlanRule.LIFECYCLE, path + ".completedOn",
          "only a DONE commitment has a completion date; this one is " + commitment.status());
    }
    commitment.completedOn().ifPresent(on -> date(path, ".completedOn", on, plan.start(), "the plan's start"));
  }

  /** Checks the references; returns the accountable stakeholders. */
  private List<StakeholderId> checkResponsibilities(String path, Set<Responsibility> responsibilities) {
    List<StakeholderId> accountable = new ArrayList<>();
    for (Responsibility r : responsibilities) {
      if (!stakeholders.containsKey(r.stakeholder())) {
        add(PlanRule.RESOLVED_REFERENCES, path + ".responsibilities[" + r.stakeholder() + "]",
            noSuch("stakeholder", r.stakeholder()));
      }
      if (r.raci() == Raci.ACCOUNTABLE) {
        accountable.add(r.stakeholder());
      }
    }
    return accountable;
  }

  /** The indexes of the commitments of these ids that the plan has. */
  private int[] known(Set<CommitmentId> ids) {
    int[] found = new int[ids.size()];
    int k = 0;
    for (CommitmentId dependency : ids) {
      Integer j = commitmentIndex.get(dependency);
      if (j != null) {
        found[k++] = j;
      }
    }
    return k == found.length ? found : Arrays.copyOf(found, k);
  }

  private void checkCycles() {
    List<Commitment> commitments = plan.commitments();
    int[][] edges = new int[commitments.size()][];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = commitmentIndex.get(commitments.get(i).id()) == i ? known(commitments.get(i).dependsOn())
          : new int[0];
    }
    for (List<Integer> cycle : Cycles.find(edges)) {
      String members = cycle.stream().map(i -> commitments.get(i).id().key()).collect(Collectors.joining(" -> "));
      add(PlanRule.ACYCLIC_DEPENDENCIES,
          item("commitments", commitments.get(cycle.get(0)).id()) + ".dependsOn["
              + commitments.get(cycle.get(1)).id() + "]",
          "dependency cycle: " + members);
    }
  }

  private void checkSharingGate() {
    if (plan.kind() != PlanKind.MUTUAL_ACTION_PLAN) {
      return;
    }
    if (plan.buyerCoOwner().isEmpty()) {
      add(PlanRule.SHARING_GATE, "buyerCoOwner", "a mutual action plan needs a buyer co-owner");
    }
    for (Role role : List.of(Role.CHAMPION, Role.ECONOMIC_BUYER)) {
      boolean named = plan.stakeholders().stream().anyMatch(s -> s.side() == Side.BUYER && s.hasRole(role));
      if (!named) {
        add(PlanRule.SHARING_GATE, "stakeholders",
            "a mutual action plan needs a BUYER-side stakeholder with the role " + role);
      }
    }
  }

  private void checkLifecycle() {
    PlanStatus status = plan.status();
    boolean closingPlan = plan.kind() == PlanKind.CLOSING_PLAN;
    if (closingPlan && (status == PlanStatus.SHARED || status == PlanStatus.AGREED)) {
      add(PlanRule.LIFECYCLE, "status", "a closing plan is DRAFT or closed, not " + status);
    } else if (!closingPlan && status == PlanStatus.DRAFT) {
      add(PlanRule.LIFECYCLE, "status", "a mutual action plan is SHARED, AGREED or closed, not DRAFT");
    }
    if (status.isClosed() && plan.closure().isEmpty()) {
      add(PlanRule.LIFECYCLE, "closure", "a " + status + " plan needs its closure (reason and time)");
    } else if (!status.isClosed() && plan.closure().isPresent()) {
      add(PlanRule.LIFECYCLE, "closure", "only a closed plan has a closure; this one is " + status);
    }
    plan.closure().ifPresent(c -> {
      text("closure.reason", "", c.reason(), Kind.TEXT);
      instant("closure.closedAt", c.closedAt());
    });
    if (closingPlan && !plan.signOffs().isEmpty()) {
      add(PlanRule.LIFECYCLE, "signOffs", "a closing plan is not signed off; only a mutual action plan is");
    }
    Set<StakeholderId> signers = new HashSet<>();
    for (SignOff signOff : plan.signOffs()) {
      String path = item("signOffs", signOff.stakeholder());
      if (!signers.add(signOff.stakeholder())) {
        add(PlanRule.UNIQUE_IDS, path, "'" + signOff.stakeholder() + "' signed off more than once");
      }
      if (!stakeholders.containsKey(signOff.stakeholder())) {
        add(PlanRule.RESOLVED_REFERENCES, path, noSuch("stakeholder", signOff.stakeholder()));
      } else if (!plan.owners().contains(signOff.stakeholder())) {
        add(PlanRule.LIFECYCLE, path, "'" + signOff.stakeholder() + "' is not an owner; only the owners sign off");
      }
      instant(path + ".signedAt", signOff.signedAt());
      if (signOff.version() < 1 || signOff.version() > plan.version()) {
        add(PlanRule.VALID_VALUES, path + ".version", "must be between 1 and the plan's version "
            + plan.version() + " (was " + signOff.version() + ")");
      }
    }
    if (status == PlanStatus.AGREED) {
      for (StakeholderId owner : plan.owners()) {
        if (!plan.isSignedOffBy(owner)) {
          add(PlanRule.LIFECYCLE, "signOffs",
              "an AGREED plan needs a sign-off by the owner '" + owner + "' that is not stale");
        }
      }
    }
  }

  /**
   * Checks a text at {@code path + field}; the two are joined only for a violation, as a plan of a million
   * commitments would otherwise make millions of paths to check it.
   */
  private void text(String path, String field, String text, Kind kind) {
    Optional<Texts.Problem> problem = Texts.problem(text, kind);
    if (problem.isPresent()) {
      add(problem.get().overLimit() ? PlanRule.WITHIN_LIMITS : PlanRule.VALID_VALUES, path + field,
          problem.get().message());
    }
  }

  private void text(String path, String field, Optional<String> text, Kind kind) {
    if (text.isPresent()) {
      text(path, field, text.get(), kind);
    }
  }

  /** A date of the plan at {@code path + field}: not before a bound, and not after the plan's last day. */
  private void date(String path, String field, LocalDate date, LocalDate bound, String boundName) {
    if (date.isBefore(bound)) {
      add(PlanRule.DATE_ORDER, path + field, date + " is before " + boundName + " " + bound);
    }
    if (date.isAfter(latestDate)) {
      add(PlanRule.WITHIN_LIMITS, path + field, date + " is more than " + PlanLimits.MAX_SPAN_YEARS
          + " years after the plan's start " + plan.start());
    }
  }

  private void instant(String path, Instant instant) {
    if (!PlanLimits.isWithinLimits(instant)) {
      add(PlanRule.WITHIN_LIMITS, path, instant + " is not within the years " + PlanLimits.EARLIEST_DATE.getYear()
          + " to " + PlanLimits.LATEST_DATE.getYear());
    }
  }

  private void digits(String path, BigDecimal value) {
    Decimals.problem(value).ifPresent(problem -> add(PlanRule.WITHIN_LIMITS, path, problem));
  }

  private static String item(String list, Object id) {
    return list + "[" + id + "]";
  }

  private static String noSuch(String kind, Object id) {
    return "no " + kind + " '" + id + "' in the plan";
  }

  private void add(PlanRule rule, String path, String message) {
    violations.add(Violation.of(rule, path, message));
  }
}
