package io.github.mutualplan.json.codec;

import static io.github.mutualplan.json.codec.ModelCodecs.CALENDAR_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.COMMITMENT;
import static io.github.mutualplan.json.codec.ModelCodecs.COMMITMENT_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.CRITERION_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.DECISION_CRITERION;
import static io.github.mutualplan.json.codec.ModelCodecs.MEASUREMENT;
import static io.github.mutualplan.json.codec.ModelCodecs.METRIC_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.MILESTONE;
import static io.github.mutualplan.json.codec.ModelCodecs.MILESTONE_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.OBJECTIVE;
import static io.github.mutualplan.json.codec.ModelCodecs.PLAN;
import static io.github.mutualplan.json.codec.ModelCodecs.RESPONSIBILITY;
import static io.github.mutualplan.json.codec.ModelCodecs.ROLE;
import static io.github.mutualplan.json.codec.ModelCodecs.STAKEHOLDER;
import static io.github.mutualplan.json.codec.ModelCodecs.STAKEHOLDER_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.SUCCESS_METRIC;
import static io.github.mutualplan.json.codec.Scalars.BOOLEAN;
import static io.github.mutualplan.json.codec.Scalars.DATE;
import static io.github.mutualplan.json.codec.Scalars.INSTANT;
import static io.github.mutualplan.json.codec.Scalars.INT;
import static io.github.mutualplan.json.codec.Scalars.LONG;
import static io.github.mutualplan.json.codec.Scalars.TEXT;
import static io.github.mutualplan.json.codec.Scalars.enumeration;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Measurement;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The 30 plan changes and the 3 events, each under its own type name, and histories: the first plan and the
 * events, checked by replaying them when read.
 *
 * @since 0.1.0
 */
public final class HistoryCodecs {
  /** The plan changes, each under its {@code "type"} name. */
  public static final Union<PlanChange> CHANGE = Union.<PlanChange>of("a plan change")
      .with("add-commitment", PlanChange.AddCommitment.class, ObjectShape.<PlanChange.AddCommitment>of(
              "an add-commitment change")
          .required("commitment", COMMITMENT, PlanChange.AddCommitment::commitment)
          .make(v -> PlanChange.addCommitment(v.get("commitment"))))
      .with("update-commitment", PlanChange.UpdateCommitment.class, ObjectShape.<PlanChange.UpdateCommitment>of(
              "an update-commitment change")
          .required("commitment", COMMITMENT, PlanChange.UpdateCommitment::commitment)
          .make(v -> PlanChange.updateCommitment(v.get("commitment"))))
      .with("remove-commitment", PlanChange.RemoveCommitment.class,
          onCommitment("remove-commitment", PlanChange.RemoveCommitment::commitment, PlanChange::removeCommitment))
      .with("reorder-commitments", PlanChange.ReorderCommitments.class,
          ObjectShape.<PlanChange.ReorderCommitments>of("a reorder-commitments change")
              .many("order", COMMITMENT_ID, PlanChange.ReorderCommitments::order)
              .make(v -> PlanChange.reorderCommitments(v.list("order"))))
      .with("start-commitment", PlanChange.StartCommitment.class,
          ObjectShape.<PlanChange.StartCommitment>of("a start-commitment change")
              .required("commitment", COMMITMENT_ID, PlanChange.StartCommitment::commitment)
              .optional("startedOn", DATE, PlanChange.StartCommitment::startedOn)
              .make(v -> v.<LocalDate>optional("startedOn")
                  .map(day -> PlanChange.startCommitment(v.get("commitment"), day))
                  .orElseGet(() -> PlanChange.startCommitment(v.get("commitment")))))
      .with("complete-commitment", PlanChange.CompleteCommitment.class,
          ObjectShape.<PlanChange.CompleteCommitment>of("a complete-commitment change")
              .required("commitment", COMMITMENT_ID, PlanChange.CompleteCommitment::commitment)
              .required("completedOn", DATE, PlanChange.CompleteCommitment::completedOn)
              .make(v -> PlanChange.completeCommitment(v.get("commitment"), v.get("completedOn"))))
      .with("block-commitment", PlanChange.BlockCommitment.class,
          withText("block-commitment", "reason", PlanChange.BlockCommitment::commitment,
              PlanChange.BlockCommitment::reason, PlanChange::blockCommitment))
      .with("cancel-commitment", PlanChange.CancelCommitment.class,
          withText("cancel-commitment", "reason", PlanChange.CancelCommitment::commitment,
              PlanChange.CancelCommitment::reason, PlanChange::cancelCommitment))
      .with("reschedule-commitment", PlanChange.RescheduleCommitment.class,
          ObjectShape.<PlanChange.RescheduleCommitment>of("a reschedule-commitment change")
              .required("commitment", COMMITMENT_ID, PlanChange.RescheduleCommitment::commitment)
              .optional("start", DATE, PlanChange.RescheduleCommitment::start)
              .required("due", DATE, PlanChange.RescheduleCommitment::due)
              .make(v -> v.<LocalDate>optional("start")
                  .map(start -> PlanChange.rescheduleCommitment(v.get("commitment"), start, v.get("due")))
                  .orElseGet(() -> PlanChange.rescheduleCommitment(v.get("commitment"), v.get("due")))))
      .with("slip-commitment", PlanChange.SlipCommitment.class,
          ObjectShape.<PlanChange.SlipCommitment>of("a slip-commitment change")
              .required("commitment", COMMITMENT_ID, PlanChange.SlipCommitment::commitment)
              .required("workingDays", INT, PlanChange.SlipCommitment::workingDays)
              .make(v -> PlanChange.slipCommitment(v.get("commitment"), v.<Integer>get("workingDays"))))
      .with("note-commitment", PlanChange.NoteCommitment.class,
          withText("note-commitment", "note", PlanChange.NoteCommitment::commitment,
              PlanChange.NoteCommitment::note, PlanChange::noteCommitment))
      .with("assign-responsibility", PlanChange.AssignResponsibility.class,
          responsibility("assign-responsibility", PlanChange.AssignResponsibility::item,
              PlanChange.AssignResponsibility::responsibility, PlanChange::assignResponsibility))
      .with("remove-responsibility", PlanChange.RemoveResponsibility.class,
          responsibility("remove-responsibility", PlanChange.RemoveResponsibility::item,
              PlanChange.RemoveResponsibility::responsibility, PlanChange::removeResponsibility))
      .with("add-stakeholder", PlanChange.AddStakeholder.class,
          ObjectShape.<PlanChange.AddStakeholder>of("an add-stakeholder change")
              .required("stakeholder", STAKEHOLDER, PlanChange.AddStakeholder::stakeholder)
              .make(v -> PlanChange.addStakeholder(v.get("stakeholder"))))
      .with("update-stakeholder", PlanChange.UpdateStakeholder.class,
          ObjectShape.<PlanChange.UpdateStakeholder>of("an update-stakeholder change")
              .required("stakeholder", STAKEHOLDER, PlanChange.UpdateStakeholder::stakeholder)
              .make(v -> PlanChange.updateStakeholder(v.get("stakeholder"))))
      .with("grant-role", PlanChange.GrantRole.class, ObjectShape.<PlanChange.GrantRole>of("a grant-role change")
          .required("stakeholder", STAKEHOLDER_ID, PlanChange.GrantRole::stakeholder)
          .required("role", ROLE, PlanChange.GrantRole::role)
          .make(v -> PlanChange.grantRole(v.get("stakeholder"), v.get("role"))))
      .with("revoke-role", PlanChange.RevokeRole.class, ObjectShape.<PlanChange.RevokeRole>of("a revoke-role change")
          .required("stakeholder", STAKEHOLDER_ID, PlanChange.RevokeRole::stakeholder)
          .required("role", ROLE, PlanChange.RevokeRole::role)
          .make(v -> PlanChange.revokeRole(v.get("stakeholder"), v.get("role"))))
      .with("add-decision-criterion", PlanChange.AddDecisionCriterion.class,
          ObjectShape.<PlanChange.AddDecisionCriterion>of("an add-decision-criterion change")
              .required("criterion", DECISION_CRITERION, PlanChange.AddDecisionCriterion::criterion)
              .make(v -> PlanChange.addDecisionCriterion(v.get("criterion"))))
      .with("update-decision-criterion", PlanChange.UpdateDecisionCriterion.class,
          ObjectShape.<PlanChange.UpdateDecisionCriterion>of("an update-decision-criterion change")
              .required("criterion", DECISION_CRITERION, PlanChange.UpdateDecisionCriterion::criterion)
              .make(v -> PlanChange.updateDecisionCriterion(v.get("criterion"))))
      .with("assess-criterion", PlanChange.AssessCriterion.class,
          ObjectShape.<PlanChange.AssessCriterion>of("an assess-criterion change")
              .required("criterion", CRITERION_ID, PlanChange.AssessCriterion::criterion)
              .required("standing", enumeration(Standing.class), PlanChange.AssessCriterion::standing)
              .optional("evidence", TEXT, PlanChange.AssessCriterion::evidence)
              .make(v -> v.<String>optional("evidence")
                  .map(evidence -> PlanChange.assessCriterion(v.get("criterion"), v.get("standing"), evidence))
                  .orElseGet(() -> PlanChange.assessCriterion(v.get("criterion"), v.get("standing")))))
      .with("add-milestone", PlanChange.AddMilestone.class,
          ObjectShape.<PlanChange.AddMilestone>of("an add-milestone change")
              .required("milestone", MILESTONE, PlanChange.AddMilestone::milestone)
              .make(v -> PlanChange.addMilestone(v.get("milestone"))))
      .with("update-milestone", PlanChange.UpdateMilestone.class,
          ObjectShape.<PlanChange.UpdateMilestone>of("an update-milestone change")
              .required("milestone", MILESTONE, PlanChange.UpdateMilestone::milestone)
              .make(v -> PlanChange.updateMilestone(v.get("milestone"))))
      .with("add-objective", PlanChange.AddObjective.class,
          ObjectShape.<PlanChange.AddObjective>of("an add-objective change")
              .required("objective", OBJECTIVE, PlanChange.AddObjective::objective)
              .make(v -> PlanChange.addObjective(v.get("objective"))))
      .with("add-success-metric", PlanChange.AddSuccessMetric.class,
          ObjectShape.<PlanChange.AddSuccessMetric>of("an add-success-metric change")
              .required("metric", SUCCESS_METRIC, PlanChange.AddSuccessMetric::metric)
              .make(v -> PlanChange.addSuccessMetric(v.get("metric"))))
      .with("set-calendar", PlanChange.SetCalendar.class,
          ObjectShape.<PlanChange.SetCalendar>of("a set-calendar change")
              .required("side", enumeration(Side.class), PlanChange.SetCalendar::side)
              .required("calendar", CALENDAR_ID, PlanChange.SetCalendar::calendar)
              .make(v -> PlanChange.setCalendar(v.get("side"), v.get("calendar"))))
      .with("change-target-close", PlanChange.ChangeTargetClose.class,
          ObjectShape.<PlanChange.ChangeTargetClose>of("a change-target-close change")
              .required("targetClose", DATE, PlanChange.ChangeTargetClose::targetClose)
              .make(v -> PlanChange.changeTargetClose(v.get("targetClose"))))
      .with("share-plan", PlanChange.SharePlan.class, ObjectShape.<PlanChange.SharePlan>of("a share-plan change")
          .optional("buyerCoOwner", STAKEHOLDER_ID, PlanChange.SharePlan::buyerCoOwner)
          .make(v -> v.<StakeholderId>optional("buyerCoOwner").map(PlanChange::share)
              .orElseGet(PlanChange::share)))
      .with("sign-off-plan", PlanChange.SignOffPlan.class,
          ObjectShape.<PlanChange.SignOffPlan>of("a sign-off-plan change").make(v -> PlanChange.signOff()))
      .with("close-plan", PlanChange.ClosePlan.class, ObjectShape.<PlanChange.ClosePlan>of("a close-plan change")
          .required("outcome", enumeration(PlanStatus.class), PlanChange.ClosePlan::outcome)
          .required("reason", ModelCodecs.REASON_OR_OLD_TEXT, PlanChange.ClosePlan::reason)
          .optional("note", TEXT, PlanChange.ClosePlan::note)
          .make(v -> closePlan(v.get("outcome"), v.get("reason"), v.optional("note"))))
      .with("record-measurement", PlanChange.RecordMeasurement.class,
          ObjectShape.<PlanChange.RecordMeasurement>of("a record-measurement change")
              .required("metric", METRIC_ID, PlanChange.RecordMeasurement::metric)
              .required("measurement", MEASUREMENT, PlanChange.RecordMeasurement::measurement)
              .make(v -> PlanChange.recordMeasurement(v.get("metric"), v.<Measurement>get("measurement").on(),
                  v.<Measurement>get("measurement").value())))
      .with("reopen-plan", PlanChange.ReopenPlan.class, ObjectShape.<PlanChange.ReopenPlan>of("a reopen-plan change")
          .required("reason", TEXT, PlanChange.ReopenPlan::reason)
          .make(v -> PlanChange.reopen(v.get("reason"))));

  /** The events, each under its {@code "type"} name. */
  public static final Union<PlanEvent> EVENT = Union.<PlanEvent>of("a plan event")
      .with("change-applied", PlanEvent.ChangeApplied.class,
          ObjectShape.<PlanEvent.ChangeApplied>of("a change-applied event")
              .required("version", LONG, PlanEvent::version)
              .required("at", INSTANT, PlanEvent::at)
              .required("actor", STAKEHOLDER_ID, PlanEvent::actor)
              .required("change", CHANGE, PlanEvent.ChangeApplied::change)
              .required("material", BOOLEAN, PlanEvent.ChangeApplied::material)
              .make(v -> PlanEvent.changeApplied(v.<Long>get("version"), v.get("at"), v.get("actor"),
                  v.get("change"), v.<Boolean>get("material"))))
      .with("sign-offs-went-stale", PlanEvent.SignOffsWentStale.class,
          ObjectShape.<PlanEvent.SignOffsWentStale>of("a sign-offs-went-stale event")
              .required("version", LONG, PlanEvent::version)
              .required("at", INSTANT, PlanEvent::at)
              .required("actor", STAKEHOLDER_ID, PlanEvent::actor)
              .many("signers", STAKEHOLDER_ID, PlanEvent.SignOffsWentStale::signers)
              .make(v -> PlanEvent.signOffsWentStale(v.<Long>get("version"), v.get("at"), v.get("actor"),
                  v.list("signers"))))
      .with("plan-agreed", PlanEvent.PlanAgreed.class, ObjectShape.<PlanEvent.PlanAgreed>of("a plan-agreed event")
          .required("version", LONG, PlanEvent::version)
          .required("at", INSTANT, PlanEvent::at)
          .required("actor", STAKEHOLDER_ID, PlanEvent::actor)
          .make(v -> PlanEvent.planAgreed(v.<Long>get("version"), v.get("at"), v.get("actor"))));

  /** A history, read under the standard policy: see {@link #history(PlanPolicy)}. */
  private static final ObjectShape<PlanHistory> HISTORY = historyUnder(PlanPolicy.standard());

  private HistoryCodecs() {}

  /**
   * A history: its first plan and its events. Reading replays them under the policy, which verifies every
   * event as a live edit would ({@link PlanHistory#replay(io.github.mutualplan.MutualActionPlan, List,
   * PlanPolicy)}).
   */
  public static ObjectShape<PlanHistory> history(PlanPolicy policy) {
    return policy == PlanPolicy.standard() ? HISTORY : historyUnder(policy);
  }

  private static ObjectShape<PlanHistory> historyUnder(PlanPolicy policy) {
    return ObjectShape.<PlanHistory>of("a plan history")
        .required("first", PLAN, PlanHistory::first)
        .many("events", EVENT, PlanHistory::events)
        .make(v -> PlanHistory.replay(v.get("first"), v.list("events"), policy));
  }

  private static <C extends PlanChange> ObjectShape<C> onCommitment(String type, Function<C, CommitmentId> commitment,
      Function<CommitmentId, C> of) {
    return ObjectShape.<C>of("a " + type + " change")
        .required("commitment", COMMITMENT_ID, commitment)
        .make(v -> of.apply(v.get("commitment")));
  }

  private static <C extends PlanChange> ObjectShape<C> withText(String type, String key,
      Function<C, CommitmentId> commitment, Function<C, String> text, BiFunction<CommitmentId, String, C> of) {
    return ObjectShape.<C>of("a " + type + " change")
        .required("commitment", COMMITMENT_ID, commitment)
        .required(key, TEXT, text)
        .make(v -> of.apply(v.get("commitment"), v.get(key)));
  }

  /** A change of a responsibility on an item: the item as {@code "commitment"} or {@code "milestone"}. */
  private static <C extends PlanChange> ObjectShape<C> responsibility(String type, Function<C, ItemId> item,
      Function<C, Responsibility> responsibility, BiFunction<ItemId, Responsibility, C> of) {
    return ObjectShape.<C>of("a " + type + " change")
        .optional("commitment", COMMITMENT_ID, c -> Optional.of(item.apply(c))
            .filter(CommitmentId.class::isInstance).map(CommitmentId.class::cast))
        .optional("milestone", MILESTONE_ID, c -> Optional.of(item.apply(c))
            .filter(MilestoneId.class::isInstance).map(MilestoneId.class::cast))
        .required("responsibility", RESPONSIBILITY, responsibility)
        .make(v -> {
          Optional<CommitmentId> commitment = v.optional("commitment");
          Optional<MilestoneId> milestone = v.optional("milestone");
          if (commitment.isPresent() == milestone.isPresent()) {
            throw new IllegalArgumentException("give the item as either 'commitment' or 'milestone'");
          }
          return of.apply(commitment.isPresent() ? commitment.get() : milestone.get(), v.get("responsibility"));
        });
  }

  /**
   * A close-plan change; {@code reason} is a {@link CloseReason}, or in a document of version 2 or older the free
   * text that stood for it, which becomes the note of the reason {@code other} of the outcome.
   */
  private static PlanChange.ClosePlan closePlan(PlanStatus outcome, Object reason, Optional<String> note) {
    if (!outcome.isClosed()) {
      throw new IllegalArgumentException("outcome: CLOSED_WON or CLOSED_LOST, was " + outcome);
    }
    if (!(reason instanceof CloseReason) && note.isPresent()) {
      throw new IllegalArgumentException("reason: a close reason {\"key\": ..., \"outcome\": ...} beside a note, "
          + "was the text " + JsonIn.quoted((String) reason));
    }
    CloseReason why = reason instanceof CloseReason ? (CloseReason) reason : CloseReason.other(outcome);
    Optional<String> text = reason instanceof CloseReason ? note : Optional.of((String) reason);
    if (outcome == PlanStatus.CLOSED_WON) {
      return text.isPresent() ? PlanChange.closeWon(why, text.get()) : PlanChange.closeWon(why);
    }
    return text.isPresent() ? PlanChange.closeLost(why, text.get()) : PlanChange.closeLost(why);
  }
}
