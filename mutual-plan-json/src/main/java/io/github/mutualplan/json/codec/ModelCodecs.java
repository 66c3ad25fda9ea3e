package io.github.mutualplan.json.codec;

import static io.github.mutualplan.json.codec.Scalars.BOOLEAN;
import static io.github.mutualplan.json.codec.Scalars.CURRENCY;
import static io.github.mutualplan.json.codec.Scalars.DATE;
import static io.github.mutualplan.json.codec.Scalars.DECIMAL_TEXT;
import static io.github.mutualplan.json.codec.Scalars.INSTANT;
import static io.github.mutualplan.json.codec.Scalars.INT;
import static io.github.mutualplan.json.codec.Scalars.LONG;
import static io.github.mutualplan.json.codec.Scalars.TEXT;
import static io.github.mutualplan.json.codec.Scalars.ZONE;
import static io.github.mutualplan.json.codec.Scalars.enumeration;
import static io.github.mutualplan.json.codec.Scalars.key;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.CalendarId;
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
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of the plan and everything in it, key for key the model's accessors. They are immutable and safe
 * to share between threads.
 *
 * @since 0.1.0
 */
public final class ModelCodecs {
  /** A {@link PlanId} as its key. */
  public static final Codec<PlanId> PLAN_ID = key("plan id", PlanId::of, PlanId::key);
  /** A {@link CalendarId} as its key. */
  public static final Codec<CalendarId> CALENDAR_ID = key("calendar name", CalendarId::of, CalendarId::key);
  /** A {@link StakeholderId} as its key. */
  public static final Codec<StakeholderId> STAKEHOLDER_ID =
      key("stakeholder id", StakeholderId::of, StakeholderId::key);
  /** A {@link CommitmentId} as its key. */
  public static final Codec<CommitmentId> COMMITMENT_ID = key("commitment id", CommitmentId::of, CommitmentId::key);
  /** A {@link MilestoneId} as its key. */
  public static final Codec<MilestoneId> MILESTONE_ID = key("milestone id", MilestoneId::of, MilestoneId::key);
  /** A {@link DecisionCriterionId} as its key. */
  public static final Codec<DecisionCriterionId> CRITERION_ID =
      key("decision criterion id", DecisionCriterionId::of, DecisionCriterionId::key);
  /** A {@link ObjectiveId} as its key. */
  public static final Codec<ObjectiveId> OBJECTIVE_ID = key("objective id", ObjectiveId::of, ObjectiveId::key);
  /** A {@link SuccessMetricId} as its key. */
  public static final Codec<SuccessMetricId> METRIC_ID =
      key("success metric id", SuccessMetricId::of, SuccessMetricId::key);
  /** A {@link Role} as its key. */
  public static final Codec<Role> ROLE = key("role", Role::of, Role::key);

  /** A {@link Money} as an object, key for key. */
  public static final ObjectShape<Money> MONEY = ObjectShape.<Money>of("an amount of money")
      .required("amount", DECIMAL_TEXT, Money::amount)
      .required("currency", CURRENCY, Money::currency)
      .make(v -> Money.of(v.<java.math.BigDecimal>get("amount"), v.<java.util.Currency>get("currency")));

  /** A {@link Deal} as an object, key for key. */
  public static final ObjectShape<Deal> DEAL = ObjectShape.<Deal>of("a deal")
      .required("accountName", TEXT, Deal::accountName)
      .required("value", MONEY, Deal::value)
      .make(v -> Deal.of(v.get("accountName"), v.get("value")));

  /** A {@link Responsibility} as an object, key for key. */
  public static final ObjectShape<Responsibility> RESPONSIBILITY = ObjectShape.<Responsibility>of("a responsibility")
      .required("stakeholder", STAKEHOLDER_ID, Responsibility::stakeholder)
      .required("raci", enumeration(Raci.class), Responsibility::raci)
      .make(v -> Responsibility.of(v.get("stakeholder"), v.get("raci")));

  /** A {@link Stakeholder} as an object, key for key. */
  public static final ObjectShape<Stakeholder> STAKEHOLDER = ObjectShape.<Stakeholder>of("a stakeholder")
      .required("id", STAKEHOLDER_ID, Stakeholder::id)
      .required("side", enumeration(Side.class), Stakeholder::side)
      .required("name", TEXT, Stakeholder::name)
      .optional("title", TEXT, Stakeholder::title)
      .optional("email", TEXT, Stakeholder::email)
      .many("roles", ROLE, Stakeholder::roles)
      .make(v -> Stakeholder.builder().id(v.get("id")).side(v.get("side")).name(v.get("name"))
          .title(v.<String>optional("title")).email(v.<String>optional("email")).roles(v.<Role>list("roles"))
          .build());

  /** A {@link Objective} as an object, key for key. */
  public static final ObjectShape<Objective> OBJECTIVE = ObjectShape.<Objective>of("an objective")
      .required("id", OBJECTIVE_ID, Objective::id)
      .required("title", TEXT, Objective::title)
      .optional("description", TEXT, Objective::description)
      .make(v -> Objective.builder().id(v.get("id")).title(v.get("title"))
          .description(v.<String>optional("description")).build());

  /** A {@link Measurement} as an object, key for key. */
  public static final ObjectShape<Measurement> MEASUREMENT = ObjectShape.<Measurement>of("a measurement")
      .required("on", DATE, Measurement::on)
      .required("value", DECIMAL_TEXT, Measurement::value)
      .make(v -> Measurement.of(v.get("on"), v.get("value")));

  /** A {@link SuccessMetric} as an object, key for key. */
  public static final ObjectShape<SuccessMetric> SUCCESS_METRIC = ObjectShape.<SuccessMetric>of("a success metric")
      .required("id", METRIC_ID, SuccessMetric::id)
      .required("name", TEXT, SuccessMetric::name)
      .required("unit", TEXT, SuccessMetric::unit)
      .optional("baseline", DECIMAL_TEXT, SuccessMetric::baseline)
      .optional("target", DECIMAL_TEXT, SuccessMetric::target)
      .required("measuredBy", DATE, SuccessMetric::measuredBy)
      .optional("objective", OBJECTIVE_ID, SuccessMetric::objective)
      .many("measurements", MEASUREMENT, SuccessMetric::measurements)
      .make(v -> SuccessMetric.builder().id(v.get("id")).name(v.get("name")).unit(v.get("unit"))
          .baseline(v.optional("baseline")).target(v.optional("target")).measuredBy(v.get("measuredBy"))
          .objective(v.<ObjectiveId>optional("objective")).measurements(v.<Measurement>list("measurements"))
          .build());

  /** A {@link DecisionCriterion} as an object, key for key. */
  public static final ObjectShape<DecisionCriterion> DECISION_CRITERION =
      ObjectShape.<DecisionCriterion>of("a decision criterion")
          .required("id", CRITERION_ID, DecisionCriterion::id)
          .required("name", TEXT, DecisionCriterion::name)
          .required("category", enumeration(CriterionCategory.class), DecisionCriterion::category)
          .defaulted("weight", INT, DecisionCriterion::weight)
          .optional("owner", STAKEHOLDER_ID, DecisionCriterion::owner)
          .defaulted("standing", enumeration(Standing.class), DecisionCriterion::standing)
          .optional("evidence", TEXT, DecisionCriterion::evidence)
          .make(v -> {
            DecisionCriterion.Builder b = DecisionCriterion.builder().id(v.get("id")).name(v.get("name"))
                .category(v.get("category")).owner(v.<StakeholderId>optional("owner"))
                .evidence(v.<String>optional("evidence"));
            v.<Integer>ifPresent("weight", b::weight);
            v.<Standing>ifPresent("standing", b::standing);
            return b.build();
          });

  /** A {@link Milestone} as an object, key for key. */
  public static final ObjectShape<Milestone> MILESTONE = ObjectShape.<Milestone>of("a milestone")
      .required("id", MILESTONE_ID, Milestone::id)
      .required("name", TEXT, Milestone::name)
      .required("targetDate", DATE, Milestone::targetDate)
      .many("exitCriteria", TEXT, Milestone::exitCriteria)
      .defaulted("closing", BOOLEAN, Milestone::closing)
      .defaulted("visibility", enumeration(Visibility.class), Milestone::visibility)
      .many("responsibilities", RESPONSIBILITY, Milestone::responsibilities)
      .make(v -> {
        Milestone.Builder b = Milestone.builder().id(v.get("id")).name(v.get("name")).targetDate(v.get("targetDate"))
            .exitCriteria(v.<String>list("exitCriteria"))
            .responsibilities(v.<Responsibility>list("responsibilities"));
        v.<Boolean>ifPresent("closing", b::closing);
        v.<Visibility>ifPresent("visibility", b::visibility);
        return b.build();
      });

  /** A {@link DurationEstimate} as an object, key for key. */
  public static final ObjectShape<DurationEstimate> ESTIMATE = ObjectShape.<DurationEstimate>of("a duration estimate")
      .required("optimistic", INT, DurationEstimate::optimistic)
      .required("mostLikely", INT, DurationEstimate::mostLikely)
      .required("pessimistic", INT, DurationEstimate::pessimistic)
      .make(v -> DurationEstimate.of(v.get("optimistic"), v.get("mostLikely"), v.get("pessimistic")));

  /** A {@link Commitment} as an object, key for key. */
  public static final ObjectShape<Commitment> COMMITMENT = ObjectShape.<Commitment>of("a commitment")
      .required("id", COMMITMENT_ID, Commitment::id)
      .required("title", TEXT, Commitment::title)
      .optional("deliverable", TEXT, Commitment::deliverable)
      .required("owingSide", enumeration(Side.class), Commitment::owingSide)
      .optional("start", DATE, Commitment::start)
      .optional("due", DATE, Commitment::due)
      .optionalInt("durationDays", Commitment::durationDays)
      .defaulted("fixed", BOOLEAN, Commitment::fixed)
      .optional("estimate", ESTIMATE, Commitment::estimate)
      .many("dependsOn", COMMITMENT_ID, Commitment::dependsOn)
      .optional("milestone", MILESTONE_ID, Commitment::milestone)
      .defaulted("status", enumeration(CommitmentStatus.class), Commitment::status)
      .optional("startedOn", DATE, Commitment::startedOn)
      .optional("completedOn", DATE, Commitment::completedOn)
      .defaulted("visibility", enumeration(Visibility.class), Commitment::visibility)
      .many("responsibilities", RESPONSIBILITY, Commitment::responsibilities)
      .many("tags", TEXT, Commitment::tags)
      .optional("note", TEXT, Commitment::note)
      .make(v -> {
        // Made for each commitment of a plan read: only what the document gives is set, lists added to the
        // builder's own (a replacing setter would make another), no Optional made for a key left out.
        Commitment.Builder b = Commitment.builder().id(v.get("id")).title(v.get("title"))
            .owingSide(v.get("owingSide"));
        v.<String>ifPresent("deliverable", b::deliverable);
        v.<java.time.LocalDate>ifPresent("start", b::start);
        v.<java.time.LocalDate>ifPresent("due", b::due);
        v.<Integer>ifPresent("durationDays", b::durationDays);
        v.<Boolean>ifPresent("fixed", b::fixed);
        v.<DurationEstimate>ifPresent("estimate", b::estimate);
        v.<List<CommitmentId>>ifPresent("dependsOn", b::addAllDependsOn);
        v.<MilestoneId>ifPresent("milestone", b::milestone);
        v.<CommitmentStatus>ifPresent("status", b::status);
        v.<java.time.LocalDate>ifPresent("startedOn", b::startedOn);
        v.<java.time.LocalDate>ifPresent("completedOn", b::completedOn);
        v.<Visibility>ifPresent("visibility", b::visibility);
        v.<List<Responsibility>>ifPresent("responsibilities", b::addAllResponsibilities);
        v.<List<String>>ifPresent("tags", b::addAllTags);
        v.<String>ifPresent("note", b::note);
        return b.build();
      });

  /** A {@link SignOff} as an object, key for key. */
  public static final ObjectShape<SignOff> SIGN_OFF = ObjectShape.<SignOff>of("a sign-off")
      .required("stakeholder", STAKEHOLDER_ID, SignOff::stakeholder)
      .required("signedAt", INSTANT, SignOff::signedAt)
      .required("version", LONG, SignOff::version)
      .defaulted("stale", BOOLEAN, SignOff::stale)
      .make(v -> {
        SignOff s = SignOff.of(v.get("stakeholder"), v.get("signedAt"), v.<Long>get("version"));
        return v.<Boolean>optional("stale").orElse(false) ? s.withStale(true) : s;
      });

  /** A {@link CloseReason} as an object, key for key: {@code {"key": "competitor", "outcome": "CLOSED_LOST"}}. */
  public static final ObjectShape<CloseReason> CLOSE_REASON = ObjectShape.<CloseReason>of("a close reason")
      .required("key", TEXT, CloseReason::key)
      .required("outcome", enumeration(PlanStatus.class), CloseReason::outcome)
      .make(v -> CloseReason.of(v.get("key"), v.get("outcome")));

  /** A {@link Closure} as an object, key for key. */
  public static final ObjectShape<Closure> CLOSURE = ObjectShape.<Closure>of("a closure")
      .required("reason", CLOSE_REASON, Closure::reason)
      .optional("note", TEXT, Closure::note)
      .required("closedAt", INSTANT, Closure::closedAt)
      .make(v -> closure(v.get("reason"), v.optional("note"), v.get("closedAt")));

  /**
   * A {@link CloseReason} where documents of version 2 or older had a free text (then read as a {@link String});
   * written as {@link #CLOSE_REASON}.
   */
  static final Codec<Object> REASON_OR_OLD_TEXT = new Codec<>() {
    @Override
    public Object read(JsonIn in) throws IOException {
      return in.token() == JsonToken.VALUE_STRING ? TEXT.read(in) : CLOSE_REASON.read(in);
    }

    @Override
    public void write(Object value, JsonGenerator out) throws IOException {
      CLOSE_REASON.write((CloseReason) value, out);
    }
  };

  /**
   * A plan's closure as its document holds it: the reason, or in a document of version 2 or older the free text
   * that stood for it, which becomes the note of the reason {@code other} of the plan's outcome.
   */
  private static final ObjectShape<StoredClosure> STORED_CLOSURE = ObjectShape.<StoredClosure>of("a closure")
      .required("reason", REASON_OR_OLD_TEXT, StoredClosure::reason)
      .optional("note", TEXT, StoredClosure::note)
      .required("closedAt", INSTANT, StoredClosure::closedAt)
      .make(v -> new StoredClosure(v.get("reason"), v.optional("note"), v.get("closedAt")));

  /** A {@link AppliedRule} as an object, key for key. */
  public static final ObjectShape<AppliedRule> APPLIED_RULE = ObjectShape.<AppliedRule>of("an applied rule")
      .required("ruleId", TEXT, AppliedRule::ruleId)
      .required("reason", TEXT, AppliedRule::reason)
      .make(v -> AppliedRule.of(v.get("ruleId"), v.get("reason")));

  /** A {@link Provenance} as an object, key for key. */
  public static final ObjectShape<Provenance> PROVENANCE = ObjectShape.<Provenance>of("a provenance")
      .required("templateId", TEXT, Provenance::templateId)
      .required("templateVersion", TEXT, Provenance::templateVersion)
      .many("rules", APPLIED_RULE, Provenance::rules)
      .required("createdAt", INSTANT, Provenance::createdAt)
      .make(v -> Provenance.builder().templateId(v.get("templateId")).templateVersion(v.get("templateVersion"))
          .rules(v.<AppliedRule>list("rules")).createdAt(v.get("createdAt")).build());

  /** A {@link MutualActionPlan} as an object, key for key. */
  public static final ObjectShape<MutualActionPlan> PLAN = ObjectShape.<MutualActionPlan>of("a plan")
      .required("id", PLAN_ID, MutualActionPlan::id)
      .required("title", TEXT, MutualActionPlan::title)
      .required("deal", DEAL, MutualActionPlan::deal)
      .required("sellerOrganization", TEXT, MutualActionPlan::sellerOrganization)
      .required("buyerOrganization", TEXT, MutualActionPlan::buyerOrganization)
      .required("start", DATE, MutualActionPlan::start)
      .required("targetClose", DATE, MutualActionPlan::targetClose)
      .required("zone", ZONE, MutualActionPlan::zone)
      .defaulted("buyerCalendar", CALENDAR_ID, MutualActionPlan::buyerCalendar)
      .defaulted("sellerCalendar", CALENDAR_ID, MutualActionPlan::sellerCalendar)
      .defaulted("kind", enumeration(PlanKind.class), MutualActionPlan::kind)
      .defaulted("status", enumeration(PlanStatus.class), MutualActionPlan::status)
      .required("sellerOwner", STAKEHOLDER_ID, MutualActionPlan::sellerOwner)
      .optional("buyerCoOwner", STAKEHOLDER_ID, MutualActionPlan::buyerCoOwner)
      .many("stakeholders", STAKEHOLDER, MutualActionPlan::stakeholders)
      .many("objectives", OBJECTIVE, MutualActionPlan::objectives)
      .many("successMetrics", SUCCESS_METRIC, MutualActionPlan::successMetrics)
      .many("decisionCriteria", DECISION_CRITERION, MutualActionPlan::decisionCriteria)
      .many("milestones", MILESTONE, MutualActionPlan::milestones)
      .many("commitments", COMMITMENT, MutualActionPlan::commitments)
      .many("signOffs", SIGN_OFF, MutualActionPlan::signOffs)
      .optional("closure", STORED_CLOSURE, p -> p.closure().map(c -> new StoredClosure(c.reason(), c.note(),
          c.closedAt())))
      .defaulted("version", LONG, MutualActionPlan::version)
      .optional("provenance", PROVENANCE, MutualActionPlan::provenance)
      .make(v -> {
        MutualActionPlan.Builder b = MutualActionPlan.builder().id(v.get("id")).title(v.get("title"))
            .deal(v.get("deal")).sellerOrganization(v.get("sellerOrganization"))
            .buyerOrganization(v.get("buyerOrganization")).start(v.get("start")).targetClose(v.get("targetClose"))
            .zone(v.get("zone")).sellerOwner(v.get("sellerOwner"))
            .buyerCoOwner(v.<StakeholderId>optional("buyerCoOwner"))
            .stakeholders(v.<Stakeholder>list("stakeholders")).objectives(v.<Objective>list("objectives"))
            .successMetrics(v.<SuccessMetric>list("successMetrics"))
            .decisionCriteria(v.<DecisionCriterion>list("decisionCriteria"))
            .milestones(v.<Milestone>list("milestones")).commitments(v.<Commitment>list("commitments"))
            .signOffs(v.<SignOff>list("signOffs"))
            .closure(v.<StoredClosure>optional("closure").map(c -> c.closure(v.<PlanStatus>optional("status")
                .orElse(PlanStatus.DRAFT))))
            .provenance(v.<Provenance>optional("provenance"));
        v.<CalendarId>ifPresent("buyerCalendar", b::buyerCalendar);
        v.<CalendarId>ifPresent("sellerCalendar", b::sellerCalendar);
        v.<PlanKind>ifPresent("kind", b::kind);
        v.<PlanStatus>ifPresent("status", b::status);
        v.<Long>ifPresent("version", b::version);
        return b.build();
      });

  private ModelCodecs() {}

  private static Closure closure(CloseReason reason, Optional<String> note, Instant closedAt) {
    return note.isPresent() ? Closure.of(reason, note.get(), closedAt) : Closure.of(reason, closedAt);
  }

  /** A closure as a plan's document holds it; {@code reason} is a {@link CloseReason} or an old free text. */
  private record StoredClosure(Object reason, Optional<String> note, Instant closedAt) {
    Closure closure(PlanStatus status) {
      if (reason instanceof CloseReason) {
        return ModelCodecs.closure((CloseReason) reason, note, closedAt);
      }
      if (note.isPresent()) {
        throw new IllegalArgumentException("reason: a close reason {\"key\": ..., \"outcome\": ...} beside a note, "
            + "was the text " + JsonIn.quoted((String) reason));
      }
      // Version 2 or older: the text was the reason. A plan that is not closed is refused for its closure.
      CloseReason other = CloseReason.other(status.isClosed() ? status : PlanStatus.CLOSED_LOST);
      return Closure.of(other, (String) reason, closedAt);
    }
  }
}
