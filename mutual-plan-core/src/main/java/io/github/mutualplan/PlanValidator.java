package io.github.mutualplan;

import io.github.mutualplan.Texts.Kind;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;

/**
 * Checks every {@link PlanRule} of a plan and reports all violations at once. Runs on every plan built or
 * copied; linear in the size of the plan.
 */
final class PlanValidator {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MutualActionPlan plan;
  private static final int[] NO_EDGES = new int[0];

  private final List<Violation> violations = new ArrayList<>();
  private final Map<StakeholderId, Stakeholder> stakeholders;
  private final Map<ObjectiveId, Objective> objectives;
  private final Map<MilestoneId, Milestone> milestones;
  /** The place of each commitment id in the plan's list, its first place for a duplicated id. */
  private final Map<CommitmentId, Integer> commitmentIndex;
  /** Whether two commitments have the same id (reported by {@link #places}). */
  private final boolean duplicatedCommitments;
  /** {@code edges[i]}: the places of the commitments that the commitment at {@code i} depends on. */
  private final int[][] edges;
  /**
   * The last day a date of the plan may fall on. A start out of its limits is one violation; its dates are not
   * measured from it too.
   */
  private final LocalDate latestDate;
  /**
   * The list and id of the item being checked ({@code null} for the plan itself), joined into a path such as
   * {@code commitments[legal-review].title} only for a violation: a plan of a million commitments would
   * otherwise make millions of paths to check it.
   */
  private @Nullable String itemList;
  private @Nullable Object itemId;

  /** Indexes the plan's lists by id, reporting the ids used twice. */
  private PlanValidator(MutualActionPlan plan) {
    this.plan = plan;
    stakeholders = unique("stakeholders", plan.stakeholders(), Stakeholder::id);
    objectives = unique("objectives", plan.objectives(), Objective::id);
    unique("successMetrics", plan.successMetrics(), SuccessMetric::id);
    unique("decisionCriteria", plan.decisionCriteria(), DecisionCriterion::id);
    milestones = unique("milestones", plan.milestones(), Milestone::id);
    commitmentIndex = places("commitments", plan.commitments(), Commitment::id);
    duplicatedCommitments = commitmentIndex.size() < plan.commitments().size();
    edges = new int[plan.commitments().size()][];
    latestDate = PlanLimits.isWithinLimits(plan.start()) ? PlanLimits.latestDateOf(plan.start()) : LocalDate.MAX;
  }

  /**
   * Checks the plan.
   *
   * @param plan the plan to check
   * @throws PlanValidationException listing every violation, if there is any
   */
  static void validate(MutualActionPlan plan) {
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
    checkPlanValues();
    checkOwner("sellerOwner", Optional.of(plan.sellerOwner()), Side.SELLER);
    checkOwner("buyerCoOwner", plan.buyerCoOwner(), Side.BUYER);
    plan.stakeholders().forEach(this::checkStakeholder);
    plan.objectives().forEach(o -> {
      at("objectives", o.id());
      text(".title", o.title(), Kind.NAME);
      text(".description", o.description(), Kind.TEXT);
    });
    plan.successMetrics().forEach(this::checkSuccessMetric);
    plan.decisionCriteria().forEach(this::checkDecisionCriterion);
    checkMilestones();
    List<Commitment> commitments = plan.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      checkCommitment(i, commitments.get(i));
    }
    atPlan();
    checkCycles();
    checkSharingGate();
    checkLifecycle();
  }

  /** The items by id, the first of each id; reports the ids that more than one item has. */
  private <K, V> Map<K, V> unique(String list, List<V> items, Function<V, K> id) {
    return firsts(list, items, id, (value, place) -> value);
  }

  /** The place of each id in the list, the first for a duplicated id; reports the ids there more than once. */
  private <K, V> Map<K, Integer> places(String list, List<V> items, Function<V, K> id) {
    return firsts(list, items, id, (value, place) -> place);
  }

  private <K, V, T> Map<K, T> firsts(String list, List<V> items, Function<V, K> id, BiFunction<V, Integer, T> entry) {
    Map<K, T> first = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
    Map<K, Integer> duplicated = null; // how often an id is there, for the ids there more than once
    for (int i = 0; i < items.size(); i++) {
      V value = items.get(i);
      K key = id.apply(value);
      if (first.putIfAbsent(key, entry.apply(value, i)) != null) {
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
    text("title", plan.title(), Kind.NAME);
    text("deal.accountName", plan.deal().accountName(), Kind.NAME);
    text("sellerOrganization", plan.sellerOrganization(), Kind.NAME);
    text("buyerOrganization", plan.buyerOrganization(), Kind.NAME);
    if (plan.version() < 1) {
      add(PlanRule.VALID_VALUES, "version", "must be at least 1 (was " + plan.version() + ")");
    } else if (plan.version() > PlanLimits.MAX_VERSION) {
      add(PlanRule.WITHIN_LIMITS, "version", "must be at most " + PlanLimits.MAX_VERSION + " (was "
          + plan.version() + ")");
    }
    if (!PlanLimits.isWithinLimits(plan.start())) {
      add(PlanRule.WITHIN_LIMITS, "start", plan.start() + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    }
    date("targetClose", plan.targetClose(), plan.start(), "the plan's start");
    plan.provenance().ifPresent(p -> {
      text("provenance.templateId", p.templateId(), Kind.NAME);
      text("provenance.templateVersion", p.templateVersion(), Kind.NAME);
      for (int i = 0; i < p.rules().size(); i++) {
        at("provenance.rules", i);
        text(".ruleId", p.rules().get(i).ruleId(), Kind.NAME);
        text(".reason", p.rules().get(i).reason(), Kind.TEXT);
      }
      atPlan();
      instant("provenance.createdAt", p.createdAt());
    });
  }

  private void checkOwner(String field, Optional<StakeholderId> owner, Side side) {
    owner.ifPresent(id -> {
      Stakeholder who = stakeholders.get(id);
      if (who == null) {
        add(PlanRule.RESOLVED_REFERENCES, field, noSuch("stakeholder", id));
      } else if (who.side() != side) {
        add(PlanRule.ROLE_SIDES, field, "'" + id + "' is on the " + who.side() + " side; the " + field
            + " must be on the " + side + " side");
      }
    });
  }

  private void checkStakeholder(Stakeholder stakeholder) {
    at("stakeholders", stakeholder.id());
    text(".name", stakeholder.name(), Kind.NAME);
    text(".title", stakeholder.title(), Kind.NAME);
    stakeholder.email().ifPresent(email -> {
      Optional<Texts.Problem> malformed = Texts.problem(email, Kind.NAME).filter(p -> !p.overLimit());
      if (malformed.isPresent()) {
        add(PlanRule.VALID_VALUES, ".email", malformed.get().message());
      } else if (email.length() > PlanLimits.MAX_EMAIL_LENGTH) {
        add(PlanRule.WITHIN_LIMITS, ".email", "has " + email.length() + " characters; at most "
            + PlanLimits.MAX_EMAIL_LENGTH);
      } else if (!EMAIL.matcher(email).matches()) {
        add(PlanRule.VALID_VALUES, ".email", Texts.quote(email) + " is not an e-mail address");
      }
    });
    for (Role role : stakeholder.roles()) {
      role.side().filter(side -> side != stakeholder.side()).ifPresent(side ->
          add(PlanRule.ROLE_SIDES, ".roles[" + role + "]", "'" + stakeholder.id() + "' is on the "
              + stakeholder.side() + " side, but " + role + " is a " + side + " role"));
    }
  }

  private void checkSuccessMetric(SuccessMetric metric) {
    at("successMetrics", metric.id());
    text(".name", metric.name(), Kind.NAME);
    text(".unit", metric.unit(), Kind.NAME);
    date(".measuredBy", metric.measuredBy(), plan.start(), "the plan's start");
    metric.baseline().ifPresent(value -> digits(".baseline", value));
    metric.target().ifPresent(value -> digits(".target", value));
    @Nullable LocalDate previous = null;
    for (Measurement m : metric.measurements()) {
      String field = ".measurements[" + m.on() + "]";
      if (previous != null && !m.on().isAfter(previous)) {
        add(PlanRule.DATE_ORDER, field, m.on() + " is not after the measurement before it, on " + previous
            + ": one a day, oldest first");
      }
      date(field + ".on", m.on(), plan.start(), "the plan's start");
      digits(field + ".value", m.value());
      previous = m.on();
    }
    metric.objective().filter(o -> !objectives.containsKey(o)).ifPresent(o ->
        add(PlanRule.RESOLVED_REFERENCES, ".objective", noSuch("objective", o)));
  }

  private void checkDecisionCriterion(DecisionCriterion criterion) {
    at("decisionCriteria", criterion.id());
    text(".name", criterion.name(), Kind.NAME);
    text(".evidence", criterion.evidence(), Kind.TEXT);
    if (criterion.weight() < DecisionCriterion.MIN_WEIGHT || criterion.weight() > DecisionCriterion.MAX_WEIGHT) {
      add(PlanRule.VALID_VALUES, ".weight", "must be between " + DecisionCriterion.MIN_WEIGHT + " and "
          + DecisionCriterion.MAX_WEIGHT + " (was " + criterion.weight() + ")");
    }
    criterion.owner().ifPresent(owner -> {
      Stakeholder who = stakeholders.get(owner);
      if (who == null) {
        add(PlanRule.RESOLVED_REFERENCES, ".owner", noSuch("stakeholder", owner));
      } else if (who.side() != Side.BUYER) {
        add(PlanRule.ROLE_SIDES, ".owner",
            "'" + owner + "' is on the " + who.side() + " side; a criterion's owner is on the BUYER side");
      }
    });
  }

  private void checkMilestones() {
    Optional<MilestoneId> closing = Optional.empty();
    for (Milestone milestone : plan.milestones()) {
      at("milestones", milestone.id());
      text(".name", milestone.name(), Kind.NAME);
      date(".targetDate", milestone.targetDate(), plan.start(), "the plan's start");
      for (int i = 0; i < milestone.exitCriteria().size(); i++) {
        text(".exitCriteria[" + i + "]", milestone.exitCriteria().get(i), Kind.TEXT);
      }
      if (milestone.closing()) {
        if (closing.isPresent()) {
          add(PlanRule.LIFECYCLE, ".closing",
              "'" + closing.get() + "' is already the closing milestone; a plan has at most one");
        } else {
          closing = Optional.of(milestone.id());
        }
        if (milestone.visibility() != Visibility.SHARED) {
          add(PlanRule.VISIBILITY, ".visibility", "the closing milestone is always shared");
        }
      }
      if (checkResponsibilities(milestone.responsibilities()) > 1) {
        add(PlanRule.ONE_ACCOUNTABLE, ".responsibilities", accountableMany(milestone.responsibilities())
            + "; a milestone has at most one");
      }
    }
  }

  /** Checks the commitment at {@code place} and records the places of the commitments it depends on. */
  private void checkCommitment(int place, Commitment commitment) {
    at("commitments", commitment.id());
    text(".title", commitment.title(), Kind.NAME);
    text(".deliverable", commitment.deliverable(), Kind.TEXT);
    text(".note", commitment.note(), Kind.TEXT);
    if (commitment.durationDays().isPresent()) {
      int days = commitment.durationDays().getAsInt();
      if (days < 1) {
        add(PlanRule.VALID_VALUES, ".durationDays", "must be at least 1 (was " + days + ")");
      } else if (days > PlanLimits.MAX_DURATION_DAYS) {
        add(PlanRule.WITHIN_LIMITS, ".durationDays", "must be at most " + PlanLimits.MAX_DURATION_DAYS
            + " working days (was " + days + ")");
      }
    }
    if (commitment.fixed() && commitment.start().isEmpty()) {
      add(PlanRule.VALID_VALUES, ".start", "a fixed commitment needs the date it starts on");
    }
    if (commitment.due().isEmpty() && commitment.durationDays().isEmpty()) {
      add(PlanRule.VALID_VALUES, ".due", "needs a due date or a duration in working days");
    }
    checkCommitmentDates(commitment);
    checkDependencies(place, commitment);
    if (commitment.milestone().isPresent() && !milestones.containsKey(commitment.milestone().get())) {
      add(PlanRule.RESOLVED_REFERENCES, ".milestone", noSuch("milestone", commitment.milestone().get()));
    }
    if (commitment.isCustomerPledge() && commitment.visibility() != Visibility.SHARED) {
      add(PlanRule.VISIBILITY, ".visibility", "a customer pledge (owed by the BUYER) is always shared");
    }
    for (String tag : commitment.tags()) {
      if (!Keys.isValid(tag)) {
        add(PlanRule.VALID_VALUES, ".tags", Texts.quote(tag) + " is not a valid tag: use " + Keys.rule());
      }
    }
    int accountable = checkResponsibilities(commitment.responsibilities());
    if (accountable == 0) {
      add(PlanRule.ONE_ACCOUNTABLE, ".responsibilities",
          "no accountable person; a commitment has exactly one, on the side that owes it");
    } else if (accountable > 1) {
      add(PlanRule.ONE_ACCOUNTABLE, ".responsibilities", accountableMany(commitment.responsibilities())
          + "; a commitment has exactly one");
    } else {
      Stakeholder who = stakeholders.get(commitment.accountable().orElseThrow());
      if (who != null && who.side() != commitment.owingSide()) {
        add(PlanRule.ONE_ACCOUNTABLE, ".responsibilities[" + who.id() + "]", "the accountable person '"
            + who.id() + "' is on the " + who.side() + " side, but the " + commitment.owingSide()
            + " owes the commitment");
      }
    }
  }

  /**
   * Reports the dependencies the plan lacks and keeps the places of the others as the commitment's edges: one
   * look-up per dependency serves both the references and the cycles. A duplicated id's later commitments get
   * no edges; the duplicate is reported already.
   */
  private void checkDependencies(int place, Commitment commitment) {
    Set<CommitmentId> dependsOn = commitment.dependsOn();
    int[] found = dependsOn.isEmpty() ? NO_EDGES : new int[dependsOn.size()];
    int k = 0;
    for (CommitmentId dependency : dependsOn) {
      Integer j = commitmentIndex.get(dependency);
      if (j == null) {
        add(PlanRule.RESOLVED_REFERENCES, ".dependsOn[" + dependency + "]", noSuch("commitment", dependency));
      } else {
        found[k++] = j;
      }
    }
    boolean first = true;
    if (duplicatedCommitments) {
      Integer firstPlace = commitmentIndex.get(commitment.id());
      first = firstPlace != null && firstPlace == place;
    }
    edges[place] = !first ? NO_EDGES : k == found.length ? found : Arrays.copyOf(found, k);
  }

  private void checkCommitmentDates(Commitment commitment) {
    if (commitment.start().isPresent()) {
      LocalDate start = commitment.start().get();
      date(".start", start, plan.start(), "the plan's start");
      if (commitment.due().isPresent()) {
        date(".due", commitment.due().get(), start, "its start");
      }
    } else if (commitment.due().isPresent()) {
      date(".due", commitment.due().get(), plan.start(), "the plan's start");
    }
    if (commitment.startedOn().isPresent()) {
      LocalDate startedOn = commitment.startedOn().get();
      if (commitment.status() == CommitmentStatus.OPEN) {
        add(PlanRule.LIFECYCLE, ".startedOn", "only a started commitment has the day it started (" + startedOn
            + "); this one is OPEN");
      }
      date(".startedOn", startedOn, plan.start(), "the plan's start");
      if (commitment.completedOn().isPresent() && startedOn.isAfter(commitment.completedOn().get())) {
        add(PlanRule.DATE_ORDER, ".startedOn", startedOn + " is after its completion date "
            + commitment.completedOn().get());
      }
    }
    boolean done = commitment.status() == CommitmentStatus.DONE;
    if (done && commitment.completedOn().isEmpty()) {
      add(PlanRule.LIFECYCLE, ".completedOn", "a DONE commitment needs its completion date");
    } else if (!done && commitment.completedOn().isPresent()) {
      add(PlanRule.LIFECYCLE, ".completedOn",
          "only a DONE commitment has a completion date; this one is " + commitment.status());
    }
    if (commitment.completedOn().isPresent()) {
      date(".completedOn", commitment.completedOn().get(), plan.start(), "the plan's start");
    }
  }

  /** Checks the references; returns how many accountable people there are. */
  private int checkResponsibilities(Set<Responsibility> responsibilities) {
    int accountable = 0;
    for (Responsibility r : responsibilities) {
      if (!stakeholders.containsKey(r.stakeholder())) {
        add(PlanRule.RESOLVED_REFERENCES, ".responsibilities[" + r.stakeholder() + "]",
            noSuch("stakeholder", r.stakeholder()));
      }
      if (r.raci() == Raci.ACCOUNTABLE) {
        accountable++;
      }
    }
    return accountable;
  }

  private static String accountableMany(Set<Responsibility> responsibilities) {
    List<StakeholderId> accountable = responsibilities.stream().filter(r -> r.raci() == Raci.ACCOUNTABLE)
        .map(Responsibility::stakeholder).collect(Collectors.toList());
    return accountable.size() + " accountable people " + accountable;
  }

  private void checkCycles() {
    List<Commitment> commitments = plan.commitments();
    for (List<Integer> cycle : DependencyCycles.find(edges)) {
      String members = cycle.stream().map(i -> commitments.get(i).id().key()).collect(Collectors.joining(" -> "));
      add(PlanRule.ACYCLIC_DEPENDENCIES,
          "commitments[" + commitments.get(cycle.get(0)).id() + "].dependsOn[" + commitments.get(cycle.get(1)).id()
              + "]",
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
      if (status.isClosed() && c.reason().outcome() != status) {
        add(PlanRule.CLOSE_REASON, "closure.reason", "a " + status + " plan needs a reason to "
            + (status == PlanStatus.CLOSED_WON ? "win" : "lose") + "; '" + c.reason().key() + "' is one to "
            + (c.reason().isWin() ? "win" : "lose"));
      }
      text("closure.note", c.note(), Kind.TEXT);
      instant("closure.closedAt", c.closedAt());
    });
    if (closingPlan && !plan.signOffs().isEmpty()) {
      add(PlanRule.LIFECYCLE, "signOffs", "a closing plan is not signed off; only a mutual action plan is");
    }
    Set<StakeholderId> signers = new HashSet<>();
    for (SignOff signOff : plan.signOffs()) {
      at("signOffs", signOff.stakeholder());
      if (!signers.add(signOff.stakeholder())) {
        add(PlanRule.UNIQUE_IDS, "", "'" + signOff.stakeholder() + "' signed off more than once");
      }
      if (!stakeholders.containsKey(signOff.stakeholder())) {
        add(PlanRule.RESOLVED_REFERENCES, "", noSuch("stakeholder", signOff.stakeholder()));
      } else if (!plan.owners().contains(signOff.stakeholder())) {
        add(PlanRule.LIFECYCLE, "", "'" + signOff.stakeholder() + "' is not an owner; only the owners sign off");
      }
      instant(".signedAt", signOff.signedAt());
      if (signOff.version() < 1 || signOff.version() > plan.version()) {
        add(PlanRule.VALID_VALUES, ".version", "must be between 1 and the plan's version "
            + plan.version() + " (was " + signOff.version() + ")");
      }
    }
    atPlan();
    if (status == PlanStatus.AGREED) {
      for (StakeholderId owner : plan.owners()) {
        if (!plan.isSignedOffBy(owner)) {
          add(PlanRule.LIFECYCLE, "signOffs",
              "an AGREED plan needs a sign-off by the owner '" + owner + "' that is not stale");
        }
      }
    }
  }

  /** The checks that follow are of the item of this id in this list of the plan. */
  private void at(String list, Object id) {
    itemList = list;
    itemId = id;
  }

  /** The checks that follow are of the plan's own values. */
  private void atPlan() {
    itemList = null;
    itemId = null;
  }

  private void text(String field, String text, Kind kind) {
    Optional<Texts.Problem> problem = Texts.problem(text, kind);
    if (problem.isPresent()) {
      add(problem.get().overLimit() ? PlanRule.WITHIN_LIMITS : PlanRule.VALID_VALUES, field, problem.get().message());
    }
  }

  private void text(String field, Optional<String> text, Kind kind) {
    if (text.isPresent()) {
      text(field, text.get(), kind);
    }
  }

  /** A date of the plan: not before a bound, and not after the plan's last day. */
  private void date(String field, LocalDate date, LocalDate bound, String boundName) {
    if (date.isBefore(bound)) {
      add(PlanRule.DATE_ORDER, field, date + " is before " + boundName + " " + bound);
    }
    if (date.isAfter(latestDate)) {
      add(PlanRule.WITHIN_LIMITS, field, date + " is more than " + PlanLimits.MAX_SPAN_YEARS
          + " years after the plan's start " + plan.start());
    }
  }

  private void instant(String field, Instant instant) {
    if (!PlanLimits.isWithinLimits(instant)) {
      add(PlanRule.WITHIN_LIMITS, field, instant + " is not within the years " + PlanLimits.EARLIEST_DATE.getYear()
          + " to " + PlanLimits.LATEST_DATE.getYear());
    }
  }

  private void digits(String field, BigDecimal value) {
    Decimals.problem(value).ifPresent(problem -> add(PlanRule.WITHIN_LIMITS, field, problem));
  }

  private static String noSuch(String kind, Object id) {
    return "no " + kind + " '" + id + "' in the plan";
  }

  /** Adds a violation of the field of the item being checked (of the plan, when none is). */
  private void add(PlanRule rule, String field, String message) {
    String path = itemList == null ? field : itemList + "[" + itemId + "]" + field;
    violations.add(Violation.of(rule, path, message));
  }
}
