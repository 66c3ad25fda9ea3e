package io.github.mutualplan.template;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Violation;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a plan from a template: tailors the template with the rules that match the customer, binds its steps
 * to the people who have their roles, and dates everything with the {@link Scheduler} in the two sides'
 * calendars, forward from a start date or backward from a target close.
 *
 * <pre>{@code
 * Instantiation made = TemplateInstantiator.standard().instantiate(request);
 * MutualActionPlan plan = made.plan();              // a valid closing plan, every date set
 * made.appliedRules();                              // [hipaa: the buyer handles health data, ...]
 * made.shortfallDays();                             // for closeBy: how late the target is, if it cannot be met
 * made.readyToShare();                              // champion, economic buyer and co-owner named
 * }</pre>
 *
 * <p>The plan is a closing plan in draft; it is {@linkplain Instantiation#readyToShare() ready to share} once a
 * buyer co-owner, a champion and an economic buyer are among the people, and is shared with
 * {@code PlanChange.share()}. Each step is owned by the person of its side with its role; otherwise by the
 * seller owner (seller steps) or the buyer co-owner, champion or first buyer (buyer steps), and when no buyer is
 * known yet, by a stand-in buyer contact to be named. The seller owner is accountable for every milestone: the
 * seller drives the plan to each of them. Rules apply in order of {@code order()} then
 * {@code id()}. The same request always gives an equal plan.
 *
 * <p>Stateless and thread-safe: it has no fields, so the one {@link #standard()} instance may be used from any
 * thread at once; the request's rules and calendar registry are called on the calling thread.
 *
 * @since 0.1.0
 */
public final class TemplateInstantiator {
  static final LocalizedText STAND_IN = LocalizedText.of(Map.of(
      "en", "Buyer contact (to be named)",
      "ru", "Контактное лицо покупателя (уточняется)"));
  private static final TemplateInstantiator STANDARD = new TemplateInstantiator();

  private TemplateInstantiator() {}

  /** The instantiator. */
  public static TemplateInstantiator standard() {
    return STANDARD;
  }

  /**
   * Makes a plan.
   *
   * @param request what to make it from
   * @return the plan and what to know about it
   * @throws TemplateValidationException if a rule does not fit the template, or the owners are not among the
   *     people
   * @throws io.github.mutualplan.PlanValidationException if a value of the request is beyond the
   *     {@link PlanLimits} (a name too long, a creation time outside the years 1900 to 2999), or the plan's
   *     calendars are so sparse that its dates run more than ten years
   * @throws io.github.mutualplan.calendar.UnknownCalendarException if the request names a calendar its registry
   *     does not know
   */
  public Instantiation instantiate(InstantiationRequest request) {
    Objects.requireNonNull(request, "request");
    Locale locale = request.locale().orElse(request.profile().language());
    List<AppliedRule> applied = new ArrayList<>();
    PlanTemplate template = request.template();
    List<CustomizationRule> rules = new ArrayList<>(request.rules());
    rules.sort(Comparator.comparingInt(CustomizationRule::order).thenComparing(CustomizationRule::id));
    for (CustomizationRule rule : rules) {
      Optional<String> reason = rule.reason(template, request.profile(), locale);
      if (reason.isPresent()) {
        template = rule.apply(template, request.profile());
        applied.add(AppliedRule.of(rule.id(), reason.get()));
      }
    }
    Cast cast = new Cast(request, locale);
    Parts parts = new Parts(template, request, cast, locale);
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults().withRegistry(request.calendars()));
    Anchor anchor = request.anchor();
    MutualActionPlan plan;
    OptionalInt shortfall = OptionalInt.empty();
    if (!anchor.isBackward()) {
      Schedule schedule = scheduler.schedule(parts.plan(anchor.start(), anchor.start(), Map.of()));
      plan = parts.dated(anchor.start(), schedule.projectedClose(), schedule, applied);
    } else {
      LocalDate target = anchor.targetClose().get();
      // A plan spans at most MAX_SPAN_YEARS, and so does the one the latest dates are worked out on.
      LocalDate earliest = Collections.max(List.of(anchor.start(), target.minusYears(PlanLimits.MAX_SPAN_YEARS)));
      Schedule latest = scheduler.schedule(parts.plan(earliest, target, Map.of()));
      LocalDate start = latest.commitments().stream().filter(ScheduledCommitment::leadsToClose)
          .map(ScheduledCommitment::lateStart).min(Comparator.naturalOrder()).orElse(target);
      if (start.isBefore(anchor.start())) {
        shortfall = OptionalInt.of(-latest.closeSlack());
        plan = parts.dated(anchor.start(), target, latest, applied);
      } else {
        Map<String, LocalDate> pinned = latest.commitments().stream().filter(ScheduledCommitment::leadsToClose)
            .collect(Collectors.toMap(c -> c.id().key(), ScheduledCommitment::lateStart));
        Schedule late = scheduler.schedule(parts.plan(start, target, pinned));
        plan = parts.dated(start, target, late, applied);
      }
    }
    boolean gate = request.buyerCoOwner().isPresent() && cast.has(Side.BUYER, Role.CHAMPION)
        && cast.has(Side.BUYER, Role.ECONOMIC_BUYER);
    Set<Role> missing = template.requiredRoles().stream().filter(r -> !cast.hasAnywhere(r))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return ImmutableInstantiation.builder()
        .plan(plan)
        .tailoredTemplate(template)
        .appliedRules(applied)
        .missingRoles(missing)
        .shortfallDays(shortfall)
        .warnings(TemplateLint.warnings(template))
        .readyToShare(gate)
        .build();
  }

  /** The people of the plan, and who owns what. */
  private static final class Cast {
    final InstantiationRequest request;
    final List<Stakeholder> people;
    private final Locale locale;
    private Optional<Stakeholder> standIn = Optional.empty();

    Cast(InstantiationRequest request, Locale locale) {
      this.request = request;
      this.locale = locale;
      this.people = new ArrayList<>(request.people());
      List<Violation> problems = new ArrayList<>();
      if (people.stream().noneMatch(p -> p.id().equals(request.sellerOwner()) && p.side() == Side.SELLER)) {
        problems.add(Violation.of(PlanRule.RESOLVED_REFERENCES, "sellerOwner",
            "'" + request.sellerOwner() + "' is not one of the seller's people"));
      }
      request.buyerCoOwner().ifPresent(owner -> {
        if (people.stream().noneMatch(p -> p.id().equals(owner) && p.side() == Side.BUYER)) {
          problems.add(Violation.of(PlanRule.RESOLVED_REFERENCES, "buyerCoOwner",
              "'" + owner + "' is not one of the buyer's people"));
        }
      });
      if (!problems.isEmpty()) {
        throw new TemplateValidationException("instantiation request", problems);
      }
    }

    Optional<Stakeholder> with(Side side, Role role) {
      return people.stream().filter(p -> p.side() == side && p.hasRole(role)).findFirst();
    }

    boolean has(Side side, Role role) {
      return with(side, role).isPresent();
    }

    boolean hasAnywhere(Role role) {
      return people.stream().anyMatch(p -> p.hasRole(role));
    }

    /** Who is accountable for a step of this side and role. */
    StakeholderId owner(Side side, Role role) {
      Optional<Stakeholder> holder = with(side, role);
      if (holder.isPresent()) {
        return holder.get().id();
      }
      if (side == Side.SELLER) {
        return request.sellerOwner();
      }
      return request.buyerCoOwner()
          .or(() -> with(Side.BUYER, Role.CHAMPION).map(Stakeholder::id))
          .or(() -> people.stream().filter(p -> p.side() == Side.BUYER).map(Stakeholder::id).findFirst())
          .orElseGet(() -> standIn().id());
    }

    private Stakeholder standIn() {
      if (standIn.isEmpty()) {
        String key = "buyer-contact";
        int n = 1;
        while (true) {
          String candidate = standInKey(key, n);
          if (people.stream().noneMatch(p -> p.id().key().equals(candidate))) {
            standIn = Optional.of(Stakeholder.builder().id(StakeholderId.of(candidate)).side(Side.BUYER)
                .name(STAND_IN.in(locale)).build());
            break;
          }
          n++;
        }
        people.add(standIn.get());
      }
      return standIn.get();
    }

    private static String standInKey(String key, int n) {
      return n == 1 ? key : key + "-" + n;
    }
  }

  /** The items of the plan, before and after they are dated. */
  private static final class Parts {
    final PlanTemplate template;
    final InstantiationRequest request;
    final Locale locale;
    final List<Commitment> commitments = new ArrayList<>();
    final List<DecisionCriterion> criteria = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<Stakeholder> people;

    Parts(PlanTemplate template, InstantiationRequest request, Cast cast, Locale locale) {
      this.template = template;
      this.request = request;
      this.locale = locale;
      for (StepTemplate step : template.steps()) {
        Commitment.Builder c = Commitment.builder()
            .id(CommitmentId.of(step.key()))
            .title(step.title().in(locale))
            .deliverable(step.deliverable().map(d -> d.in(locale)))
            .owingSide(step.side())
            .durationDays(template.durationOf(step))
            .estimate(step.estimate())
            .milestone(step.milestone().map(MilestoneId::of))
            .tags(step.tags())
            .visibility(step.visibility())
            .addResponsibility(Responsibility.accountable(cast.owner(step.side(), step.ownerRole())));
        step.dependsOn().forEach(d -> c.addDependsOn(CommitmentId.of(d)));
        commitments.add(c.build());
      }
      for (CriterionTemplate criterion : template.criteria()) {
        criteria.add(DecisionCriterion.builder()
            .id(DecisionCriterionId.of(criterion.key()))
            .name(criterion.name().in(locale))
            .category(criterion.category())
            .weight(criterion.weight())
            .owner(criterion.ownerRole().flatMap(r -> cast.with(Side.BUYER, r)).map(Stakeholder::id))
            .build());
      }
      for (ObjectiveTemplate objective : template.objectives()) {
        objectives.add(Objective.builder()
            .id(ObjectiveId.of(objective.key()))
            .title(objective.title().in(locale))
            .description(objective.description().map(d -> d.in(locale)))
            .build());
      }
      this.people = List.copyOf(cast.people);
    }

    /** The plan with undated commitments (but those pinned to a late start), for scheduling. */
    MutualActionPlan plan(LocalDate start, LocalDate targetClose, Map<String, LocalDate> pinned) {
      List<Commitment> pinnedCommitments = commitments.stream()
          .map(c -> pinned.containsKey(c.id().key()) ? c.withStart(pinned.get(c.id().key())).withFixed(true) : c)
          .collect(Collectors.toList());
      return build(start, targetClose, pinnedCommitments, milestones(Map.of(), start), metrics(start), List.of());
    }

    /** The plan with every date from the schedule. */
    MutualActionPlan dated(LocalDate start, LocalDate targetClose, Schedule schedule, List<AppliedRule> applied) {
      List<Commitment> dated = commitments.stream().map(c -> {
        ScheduledCommitment s = schedule.commitment(c.id()).orElseThrow();
        return c.withStart(s.earlyStart()).withDue(s.earlyFinish());
      }).collect(Collectors.toList());
      Map<String, LocalDate> reached = new HashMap<>();
      template.milestones().forEach(m -> schedule.milestoneDate(MilestoneId.of(m.key()))
          .ifPresent(d -> reached.put(m.key(), d)));
      return build(start, targetClose, dated, milestones(reached, start), metrics(schedule.projectedClose()), applied);
    }

    private List<Milestone> milestones(Map<String, LocalDate> dates, LocalDate otherwise) {
      return template.milestones().stream().map(m -> Milestone.builder()
          .id(MilestoneId.of(m.key()))
          .name(m.name().in(locale))
          .targetDate(dates.getOrDefault(m.key(), otherwise))
          .exitCriteria(m.exitCriteria().stream().map(e -> e.in(locale)).collect(Collectors.toList()))
          .closing(m.closing())
          .visibility(m.visibility())
          .addResponsibility(Responsibility.accountable(request.sellerOwner()))
          .build()).collect(Collectors.toList());
    }

    private List<SuccessMetric> metrics(LocalDate close) {
      return template.metrics().stream().map(m -> SuccessMetric.builder()
          .id(SuccessMetricId.of(m.key()))
          .name(m.name().in(locale))
          .unit(m.unit().in(locale))
          .measuredBy(close.plusDays(m.measuredDaysAfterClose()))
          .objective(m.objective().map(ObjectiveId::of))
          .build()).collect(Collectors.toList());
    }

    /** The account and the template's name, cut to the longest name a plan holds. */
    private String defaultTitle() {
      String title = request.deal().accountName() + ": " + template.name().in(locale);
      if (title.codePointCount(0, title.length()) <= PlanLimits.MAX_NAME_LENGTH) {
        return title;
      }
      return title.substring(0, title.offsetByCodePoints(0, PlanLimits.MAX_NAME_LENGTH - 1)) + "\u2026";
    }

    private MutualActionPlan build(LocalDate start, LocalDate targetClose, List<Commitment> commitments,
        List<Milestone> milestones, List<SuccessMetric> metrics, List<AppliedRule> applied) {
      return MutualActionPlan.builder()
          .id(request.planId())
          .title(request.title().orElseGet(this::defaultTitle))
          .deal(request.deal())
          .sellerOrganization(request.sellerOrganization())
          .buyerOrganization(request.buyerOrganization().orElse(request.deal().accountName()))
          .start(start)
          .targetClose(targetClose)
          .zone(request.zone())
          .buyerCalendar(request.buyerCalendar())
          .sellerCalendar(request.sellerCalendar())
          .sellerOwner(request.sellerOwner())
          .buyerCoOwner(request.buyerCoOwner())
          .stakeholders(people)
          .objectives(objectives)
          .successMetrics(metrics)
          .decisionCriteria(criteria)
          .milestones(milestones)
          .commitments(commitments)
          .provenance(Provenance.builder()
              .templateId(template.id())
              .templateVersion(template.version())
              .rules(applied)
              .createdAt(request.createdAt())
              .build())
          .build();
    }
  }
}
