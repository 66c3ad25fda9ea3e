package io.github.mutualplan.history;

import static io.github.mutualplan.history.Scope.key;
import static io.github.mutualplan.history.Scope.order;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.Measurement;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.engine.Slips;
import io.github.mutualplan.history.Draft.Refused;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One change to a plan, as a value: what a person wants done. {@link PlanEditor} applies it for an acting
 * stakeholder at an instant, checks who may make it, and records it as a {@link PlanEvent}.
 *
 * <pre>{@code
 * PlanChange done = PlanChange.completeCommitment(CommitmentId.of("security-review"), LocalDate.of(2027, 3, 5));
 * Edit edit = editor.apply(plan, done, StakeholderId.of("lee-chen"), clock.instant());
 * }</pre>
 *
 * <p>The family is closed: commitments are added, updated, removed, reordered, started, completed, blocked,
 * cancelled, rescheduled, slipped and annotated; responsibilities assigned and removed; stakeholders added and updated
 * and their roles granted and revoked; decision criteria added, updated and assessed; milestones added and
 * updated; objectives and success metrics added; the target close moved; the plan shared, signed off, closed
 * won or lost (for a {@link CloseReason}), and reopened; and, once won, success metrics measured. Each has a static
 * factory here.
 *
 * @since 0.1.0
 */
@Value.Enclosing
public abstract sealed class PlanChange {
  PlanChange() {}

  /** Works the change into the draft of the next version, or refuses it with {@link Refused}. */
  abstract void applyTo(Draft draft);

  /** What the change concerns in the plan it is applied to. */
  abstract Scope scope(MutualActionPlan before);

  // ---------------------------------------------------------------- commitments

  /** Adds a commitment at the end of the plan's list. */
  public static AddCommitment addCommitment(Commitment commitment) {
    return ImmutablePlanChange.AddCommitment.of(commitment);
  }

  /**
   * Replaces a commitment with this one of the same identifier. Its status, the day it started and its
   * completion date must not change here: start, complete, block or cancel it instead.
   */
  public static UpdateCommitment updateCommitment(Commitment commitment) {
    return ImmutablePlanChange.UpdateCommitment.of(commitment);
  }

  /** Removes a commitment; no other commitment may still depend on it. */
  public static RemoveCommitment removeCommitment(CommitmentId commitment) {
    return ImmutablePlanChange.RemoveCommitment.of(commitment);
  }

  /** Puts the commitments in this order, which must name each of them once. */
  public static ReorderCommitments reorderCommitments(List<CommitmentId> order) {
    return ImmutablePlanChange.ReorderCommitments.of(order);
  }

  /**
   * Starts an open or blocked commitment when the day work on it started is not known: the day recorded before,
   * if any ({@link Commitment#startedOn()}, of a commitment started and then blocked), stays; without one, the
   * scheduler counts the commitment from its agreed start. When the day is known, say it with {@link
   * #startCommitment(CommitmentId, LocalDate)}.
   */
  public static StartCommitment startCommitment(CommitmentId commitment) {
    return ImmutablePlanChange.StartCommitment.of(commitment, Optional.empty());
  }

  /**
   * Starts an open or blocked commitment and records the day work on it started ({@link Commitment#startedOn()},
   * replacing a day recorded before): as of that day or later, the scheduler and the forecast count it from that
   * day rather than from its agreed start, which stays. Refused when the day is before the plan's start or beyond
   * its limits.
   */
  public static StartCommitment startCommitment(CommitmentId commitment, LocalDate startedOn) {
    return ImmutablePlanChange.StartCommitment.of(commitment, Optional.of(startedOn));
  }

  /**
   * Completes a commitment that is neither done nor cancelled, on this date: not before the day it started, when
   * that is recorded (and stays).
   */
  public static CompleteCommitment completeCommitment(CommitmentId commitment, LocalDate completedOn) {
    return ImmutablePlanChange.CompleteCommitment.of(commitment, completedOn);
  }

  /** Blocks an open or started commitment, for this reason; the day it started, if recorded, stays. */
  public static BlockCommitment blockCommitment(CommitmentId commitment, String reason) {
    return ImmutablePlanChange.BlockCommitment.of(commitment, reason);
  }

  /** Cancels a commitment that is neither done nor cancelled, for this reason; the day it started, if any, stays. */
  public static CancelCommitment cancelCommitment(CommitmentId commitment, String reason) {
    return ImmutablePlanChange.CancelCommitment.of(commitment, reason);
  }

  /** Moves a commitment's due date, keeping its start date. */
  public static RescheduleCommitment rescheduleCommitment(CommitmentId commitment, LocalDate due) {
    return ImmutablePlanChange.RescheduleCommitment.of(commitment, Optional.empty(), due);
  }

  /**
   * Moves a commitment's start and due dates, the agreed ones: the day work on it actually started, if recorded
   * ({@link Commitment#startedOn()}), stays.
   */
  public static RescheduleCommitment rescheduleCommitment(CommitmentId commitment, LocalDate start, LocalDate due) {
    return ImmutablePlanChange.RescheduleCommitment.of(commitment, Optional.of(start), due);
  }

  /**
   * Slips an open commitment (neither done nor cancelled) by a number of working days: it takes that many
   * working days longer and, if it has a due date, is due that many working days later, counted Monday to
   * Friday. A change of the plan alone, without a calendar:
   * <ul>
   *   <li>its {@linkplain Commitment#durationDays() duration} grows by {@code workingDays}: a commitment whose
   *       duration comes from its start and due dates (with a day from Monday to Friday between them) keeps
   *       none, and its due date carries the slip; any other without one took one working day and now takes
   *       {@code 1 + workingDays};
   *   <li>each point of its {@linkplain Commitment#estimate() estimate}, if any, grows by {@code workingDays};
   *   <li>its due date, if any, moves to the {@code workingDays}-th day from Monday to Friday after the last
   *       such day on or before it (a slip of one from Friday or Saturday is due on Monday);
   *   <li>its start, the day it started, its status and its dependencies stay.
   * </ul>
   * Scheduled, it finishes exactly {@code workingDays} working days later when its side works Monday to Friday
   * without a holiday in the days its due date moves over, or it has no due date; otherwise between the working
   * days of its side's calendar in those weekdays and {@code workingDays}. {@link
   * io.github.mutualplan.schedule.Scheduler#impact(MutualActionPlan, CommitmentId, int)} weighs the same slip.
   *
   * @param commitment the commitment that slips
   * @param workingDays by how many working days, from 1 to {@link io.github.mutualplan.PlanLimits#MAX_DURATION_DAYS}
   * @return the change
   * @throws PlanValidationException if {@code workingDays} is out of that range
   */
  public static SlipCommitment slipCommitment(CommitmentId commitment, int workingDays) {
    return ImmutablePlanChange.SlipCommitment.of(commitment, workingDays);
  }

  /** Sets a commitment's note. */
  public static NoteCommitment noteCommitment(CommitmentId commitment, String note) {
    return ImmutablePlanChange.NoteCommitment.of(commitment, note);
  }

  // ---------------------------------------------------------------- responsibilities

  /** Gives a stakeholder a RACI letter on a commitment or milestone. */
  public static AssignResponsibility assignResponsibility(ItemId item, Responsibility responsibility) {
    return ImmutablePlanChange.AssignResponsibility.of(item, responsibility);
  }

  /** Takes a RACI letter on a commitment or milestone away from a stakeholder. */
  public static RemoveResponsibility removeResponsibility(ItemId item, Responsibility responsibility) {
    return ImmutablePlanChange.RemoveResponsibility.of(item, responsibility);
  }

  // ---------------------------------------------------------------- stakeholders

  /** Adds a stakeholder. */
  public static AddStakeholder addStakeholder(Stakeholder stakeholder) {
    return ImmutablePlanChange.AddStakeholder.of(stakeholder);
  }

  /** Replaces a stakeholder with this one of the same identifier. */
  public static UpdateStakeholder updateStakeholder(Stakeholder stakeholder) {
    return ImmutablePlanChange.UpdateStakeholder.of(stakeholder);
  }

  /** Gives a stakeholder a role, such as champion or economic buyer. */
  public static GrantRole grantRole(StakeholderId stakeholder, Role role) {
    return ImmutablePlanChange.GrantRole.of(stakeholder, role);
  }

  /** Takes a role away from a stakeholder. */
  public static RevokeRole revokeRole(StakeholderId stakeholder, Role role) {
    return ImmutablePlanChange.RevokeRole.of(stakeholder, role);
  }

  // ---------------------------------------------------------------- criteria, milestones, objectives, metrics

  /** Adds a decision criterion. */
  public static AddDecisionCriterion addDecisionCriterion(DecisionCriterion criterion) {
    return ImmutablePlanChange.AddDecisionCriterion.of(criterion);
  }

  /** Replaces a decision criterion with this one of the same identifier. */
  public static UpdateDecisionCriterion updateDecisionCriterion(DecisionCriterion criterion) {
    return ImmutablePlanChange.UpdateDecisionCriterion.of(criterion);
  }

  /** Records how the seller stands on a criterion, and on what evidence. */
  public static AssessCriterion assessCriterion(DecisionCriterionId criterion, Standing standing, String evidence) {
    return ImmutablePlanChange.AssessCriterion.of(criterion, standing, Optional.of(evidence));
  }

  /** Records how the seller stands on a criterion. */
  public static AssessCriterion assessCriterion(DecisionCriterionId criterion, Standing standing) {
    return ImmutablePlanChange.AssessCriterion.of(criterion, standing, Optional.empty());
  }

  /** Adds a milestone. */
  public static AddMilestone addMilestone(Milestone milestone) {
    return ImmutablePlanChange.AddMilestone.of(milestone);
  }

  /** Replaces a milestone with this one of the same identifier, for example to move its date. */
  public static UpdateMilestone updateMilestone(Milestone milestone) {
    return ImmutablePlanChange.UpdateMilestone.of(milestone);
  }

  /** Adds an objective. */
  public static AddObjective addObjective(Objective objective) {
    return ImmutablePlanChange.AddObjective.of(objective);
  }

  /** Adds a success metric. */
  public static AddSuccessMetric addSuccessMetric(SuccessMetric metric) {
    return ImmutablePlanChange.AddSuccessMetric.of(metric);
  }

  // ---------------------------------------------------------------- the plan

  /**
   * Names another working calendar for one side's people, for example {@code CalendarId.of("DE-BY")} once the
   * buyer's team turns out to be in Bavaria. Made by that side's people (in a closing plan, the seller's);
   * material, as it moves the side's dates. The name is not resolved here: a service that schedules the plan
   * resolves it and fails on a name its registry does not know, so check it with {@code CalendarRegistry.find}
   * first.
   */
  public static SetCalendar setCalendar(Side side, CalendarId calendar) {
    return ImmutablePlanChange.SetCalendar.of(side, calendar);
  }

  /** Moves the target close date. */
  public static ChangeTargetClose changeTargetClose(LocalDate targetClose) {
    return ImmutablePlanChange.ChangeTargetClose.of(targetClose);
  }

  /**
   * Converts a closing plan into a mutual action plan shared with the buyer, once the conversion gate passes
   * (by default: a buyer co-owner, a champion and an economic buyer are named).
   */
  public static SharePlan share() {
    return ImmutablePlanChange.SharePlan.of(Optional.empty());
  }

  /** Names the buyer co-owner and converts the closing plan into a shared mutual action plan. */
  public static SharePlan share(StakeholderId buyerCoOwner) {
    return ImmutablePlanChange.SharePlan.of(Optional.of(buyerCoOwner));
  }

  /**
   * The acting owner signs off the version the change is applied to. An owner whose sign-off is current (no
   * material change since) cannot sign again: the change is refused rather than making a version that changes
   * nothing, so a retried request does not grow the history. A stale sign-off is replaced by the new one.
   */
  public static SignOffPlan signOff() {
    return ImmutablePlanChange.SignOffPlan.of();
  }

  /**
   * Closes the plan won, for this reason; it then accepts no change but reopening and
   * {@linkplain #recordMeasurement recording measurements}.
   *
   * @param reason a reason to win, such as {@link CloseReason#VALUE_PROVEN}
   * @throws PlanValidationException if the reason is one to lose
   */
  public static ClosePlan closeWon(CloseReason reason) {
    return ImmutablePlanChange.ClosePlan.of(PlanStatus.CLOSED_WON, reason, Optional.empty());
  }

  /** Closes the plan won, for this reason told in the team's words (a text, not blank); see {@link #closeWon}. */
  public static ClosePlan closeWon(CloseReason reason, String note) {
    return ImmutablePlanChange.ClosePlan.of(PlanStatus.CLOSED_WON, reason, Optional.of(note));
  }

  /**
   * Closes the plan lost, for this reason; it then accepts no change but reopening.
   *
   * @param reason a reason to lose, such as {@link CloseReason#COMPETITOR}
   * @throws PlanValidationException if the reason is one to win
   */
  public static ClosePlan closeLost(CloseReason reason) {
    return ImmutablePlanChange.ClosePlan.of(PlanStatus.CLOSED_LOST, reason, Optional.empty());
  }

  /** Closes the plan lost, for this reason told in the team's words (a text, not blank); see {@link #closeLost}. */
  public static ClosePlan closeLost(CloseReason reason, String note) {
    return ImmutablePlanChange.ClosePlan.of(PlanStatus.CLOSED_LOST, reason, Optional.of(note));
  }

  /**
   * Records the value a success metric measured on a day, once the plan is closed won: the only change a won plan
   * accepts besides reopening, made by the seller's side (customer success keeps tracking the metric). The day is
   * not before the day of the close (in the plan's zone), and the metric has no measurement on it yet.
   */
  public static RecordMeasurement recordMeasurement(SuccessMetricId metric, LocalDate on, BigDecimal value) {
    return ImmutablePlanChange.RecordMeasurement.of(metric, Measurement.of(on, value));
  }

  /** Reopens a closed plan, for this reason. */
  public static ReopenPlan reopen(String reason) {
    return ImmutablePlanChange.ReopenPlan.of(reason);
  }

  // ================================================================ the values

  /** A change to one commitment of the plan, whose side it is. */
  abstract static non-sealed class OnCommitment extends PlanChange {
    OnCommitment() {}

    /** The commitment changed. */
    @Value.Parameter
    public abstract CommitmentId commitment();

    @Override
    Scope scope(MutualActionPlan before) {
      return commitmentScope(before, commitment());
    }
  }

  /** See {@link PlanChange#addCommitment(Commitment)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddCommitment extends PlanChange {
    AddCommitment() {}

    /** The commitment added. */
    @Value.Parameter
    public abstract Commitment commitment();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.commitments, Commitment::id, commitment(), Draft.Item.COMMITMENT);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.item(commitment().id(), commitment().owingSide(),
          key("commitments", commitment().id()), order("commitments"));
    }
  }

  /** See {@link PlanChange#updateCommitment(Commitment)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class UpdateCommitment extends PlanChange {
    UpdateCommitment() {}

    /** The commitment as it is to be. */
    @Value.Parameter
    public abstract Commitment commitment();

    @Override
    void applyTo(Draft draft) {
      Commitment now = draft.commitment(commitment().id());
      if (now.status() != commitment().status() || !now.startedOn().equals(commitment().startedOn())
          || !now.completedOn().equals(commitment().completedOn())) {
        throw new Refused(PlanRule.LIFECYCLE, Draft.Item.COMMITMENT.path(now.id()) + ".status",
            "an update keeps the status, the day it started and the completion date of commitment '" + now.id()
            + "'; start, complete, block or cancel it instead");
      }
      draft.replace(commitment());
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return commitmentScope(before, commitment().id());
    }
  }

  /** See {@link PlanChange#removeCommitment(CommitmentId)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class RemoveCommitment extends OnCommitment {
    RemoveCommitment() {}

    @Override
    void applyTo(Draft draft) {
      draft.commitments.remove(draft.commitment(commitment()));
    }
  }

  /** See {@link PlanChange#reorderCommitments(List)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class ReorderCommitments extends PlanChange {
    ReorderCommitments() {}

    /** Every commitment of the plan, once, in the new order. */
    @Value.Parameter
    public abstract List<CommitmentId> order();

    @Override
    void applyTo(Draft draft) {
      Set<CommitmentId> present = draft.commitments.stream().map(Commitment::id).collect(Collectors.toSet());
      Set<CommitmentId> named = new HashSet<>(order());
      if (named.size() != order().size() || !named.equals(present)) {
        Set<CommitmentId> missing = new LinkedHashSet<>(present);
        missing.removeAll(named);
        Set<CommitmentId> unknown = new LinkedHashSet<>(named);
        unknown.removeAll(present);
        throw new Refused(PlanRule.VALID_VALUES, "order", "the order must name every commitment once; missing "
            + missing + ", unknown " + unknown + ", " + (order().size() - named.size()) + " repeated");
      }
      List<Commitment> reordered = new ArrayList<>();
      order().forEach(id -> reordered.add(draft.commitment(id)));
      draft.commitments.clear();
      draft.commitments.addAll(reordered);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      Set<String> touches = new LinkedHashSet<>();
      touches.add(Scope.order("commitments"));
      order().forEach(id -> touches.add(key("commitments", id)));
      return Scope.seller(touches.toArray(String[]::new));
    }
  }

  /**
   * See {@link PlanChange#startCommitment(CommitmentId, LocalDate)} and {@link
   * PlanChange#startCommitment(CommitmentId)}.
   */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class StartCommitment extends OnCommitment {
    StartCommitment() {}

    /** The day work on it started, if known; when empty, the day recorded before, if any, stays. */
    @Value.Parameter
    public abstract Optional<LocalDate> startedOn();

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      requireStatus(c, "started", CommitmentStatus.OPEN, CommitmentStatus.BLOCKED);
      draft.replace(c.withStatus(CommitmentStatus.IN_PROGRESS).withStartedOn(startedOn().or(c::startedOn)));
    }
  }

  /** See {@link PlanChange#completeCommitment(CommitmentId, LocalDate)}. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class CompleteCommitment extends OnCommitment {
    CompleteCommitment() {}

    /** When it was done. */
    @Value.Parameter
    public abstract LocalDate completedOn();

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      requireStatus(c, "completed", CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, CommitmentStatus.BLOCKED);
      draft.replace(c.withStatus(CommitmentStatus.DONE).withCompletedOn(completedOn()));
    }
  }

  /** See {@link PlanChange#blockCommitment(CommitmentId, String)}. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class BlockCommitment extends OnCommitment {
    BlockCommitment() {}

    /** What blocks it. */
    @Value.Parameter
    public abstract String reason();

    @Value.Check
    final void checkReason() {
      checkText(this, "reason", reason());
    }

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      requireStatus(c, "blocked", CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS);
      draft.replace(c.withStatus(CommitmentStatus.BLOCKED));
    }
  }

  /** See {@link PlanChange#cancelCommitment(CommitmentId, String)}. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class CancelCommitment extends OnCommitment {
    CancelCommitment() {}

    /** Why it was dropped. */
    @Value.Parameter
    public abstract String reason();

    @Value.Check
    final void checkReason() {
      checkText(this, "reason", reason());
    }

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      requireStatus(c, "cancelled", CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, CommitmentStatus.BLOCKED);
      draft.replace(c.withStatus(CommitmentStatus.CANCELLED));
    }
  }

  /** See {@link PlanChange#rescheduleCommitment(CommitmentId, LocalDate, LocalDate)}. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class RescheduleCommitment extends OnCommitment {
    RescheduleCommitment() {}

    /** The new start date, if it moves too. */
    @Value.Parameter
    public abstract Optional<LocalDate> start();

    /** The new due date. */
    @Value.Parameter
    public abstract LocalDate due();

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      draft.replace(c.withStart(start().or(c::start)).withDue(due()));
    }
  }

  /**
   * See {@link PlanChange#slipCommitment(CommitmentId, int)}. Under the standard policy, the people of the side
   * that owes the commitment slip it, as they reschedule it, and so do the plan's owners when the commitment is
   * shared.
   */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class SlipCommitment extends OnCommitment {
    SlipCommitment() {}

    /** By how many working days it slips: from 1 to {@link io.github.mutualplan.PlanLimits#MAX_DURATION_DAYS}. */
    @Value.Parameter
    public abstract int workingDays();

    @Value.Check
    final void checkWorkingDays() {
      Slips.problem(workingDays()).ifPresent(problem -> {
        throw new PlanValidationException("change " + ChangeRejectedException.name(this), List.of(Violation.of(
            workingDays() < 1 ? PlanRule.VALID_VALUES : PlanRule.WITHIN_LIMITS, "workingDays", problem)));
      });
    }

    @Override
    void applyTo(Draft draft) {
      Commitment c = draft.commitment(commitment());
      requireStatus(c, "slipped", CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, CommitmentStatus.BLOCKED);
      draft.replace(Slips.slip(c, workingDays()));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return commitmentScope(before, commitment()).withSharedItemOwners(before.commitment(commitment())
          .filter(c -> c.visibility() == Visibility.SHARED).isPresent());
    }
  }

  /** See {@link PlanChange#noteCommitment(CommitmentId, String)}. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // the commitment comes first, then this change's own attributes
  public abstract static class NoteCommitment extends OnCommitment {
    NoteCommitment() {}

    /** The note. */
    @Value.Parameter
    public abstract String note();

    @Value.Check
    final void checkNote() {
      checkText(this, "note", note());
    }

    @Override
    void applyTo(Draft draft) {
      draft.replace(draft.commitment(commitment()).withNote(note()));
    }
  }

  /** See {@link PlanChange#assignResponsibility(ItemId, Responsibility)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AssignResponsibility extends PlanChange {
    AssignResponsibility() {}

    /** The commitment or milestone. */
    @Value.Parameter
    public abstract ItemId item();

    /** Who, and which letter. */
    @Value.Parameter
    public abstract Responsibility responsibility();

    @Override
    void applyTo(Draft draft) {
      changeResponsibilities(draft, item(), responsibility(), true);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return itemScope(before, item());
    }
  }

  /** See {@link PlanChange#removeResponsibility(ItemId, Responsibility)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class RemoveResponsibility extends PlanChange {
    RemoveResponsibility() {}

    /** The commitment or milestone. */
    @Value.Parameter
    public abstract ItemId item();

    /** Who, and which letter. */
    @Value.Parameter
    public abstract Responsibility responsibility();

    @Override
    void applyTo(Draft draft) {
      changeResponsibilities(draft, item(), responsibility(), false);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return itemScope(before, item());
    }
  }

  /** See {@link PlanChange#addStakeholder(Stakeholder)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddStakeholder extends PlanChange {
    AddStakeholder() {}

    /** The stakeholder added. */
    @Value.Parameter
    public abstract Stakeholder stakeholder();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.stakeholders, Stakeholder::id, stakeholder(), Draft.Item.STAKEHOLDER);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("stakeholders", stakeholder().id()), order("stakeholders"));
    }
  }

  /** See {@link PlanChange#updateStakeholder(Stakeholder)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class UpdateStakeholder extends PlanChange {
    UpdateStakeholder() {}

    /** The stakeholder as they are to be. */
    @Value.Parameter
    public abstract Stakeholder stakeholder();

    @Override
    void applyTo(Draft draft) {
      draft.stakeholder(stakeholder().id());
      draft.replace(stakeholder());
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("stakeholders", stakeholder().id()));
    }
  }

  /** See {@link PlanChange#grantRole(StakeholderId, Role)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class GrantRole extends PlanChange {
    GrantRole() {}

    /** Who. */
    @Value.Parameter
    public abstract StakeholderId stakeholder();

    /** The role granted. */
    @Value.Parameter
    public abstract Role role();

    @Override
    void applyTo(Draft draft) {
      Stakeholder s = draft.stakeholder(stakeholder());
      if (s.hasRole(role())) {
        throw new Refused(PlanRule.UNIQUE_IDS, Draft.Item.STAKEHOLDER.path(s.id()) + ".roles[" + role().key() + "]",
            "stakeholder '" + s.id() + "' already has the role " + role());
      }
      Set<Role> roles = new LinkedHashSet<>(s.roles());
      roles.add(role());
      draft.replace(s.withRoles(roles));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("stakeholders", stakeholder()));
    }
  }

  /** See {@link PlanChange#revokeRole(StakeholderId, Role)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class RevokeRole extends PlanChange {
    RevokeRole() {}

    /** Who. */
    @Value.Parameter
    public abstract StakeholderId stakeholder();

    /** The role revoked. */
    @Value.Parameter
    public abstract Role role();

    @Override
    void applyTo(Draft draft) {
      Stakeholder s = draft.stakeholder(stakeholder());
      if (!s.hasRole(role())) {
        throw new Refused(PlanRule.RESOLVED_REFERENCES, Draft.Item.STAKEHOLDER.path(s.id()) + ".roles[" + role().key() + "]",
            "stakeholder '" + s.id() + "' does not have the role " + role());
      }
      draft.replace(s.withRoles(s.roles().stream().filter(r -> !r.equals(role())).collect(Collectors.toList())));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("stakeholders", stakeholder()));
    }
  }

  /** See {@link PlanChange#addDecisionCriterion(DecisionCriterion)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddDecisionCriterion extends PlanChange {
    AddDecisionCriterion() {}

    /** The criterion added. */
    @Value.Parameter
    public abstract DecisionCriterion criterion();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.decisionCriteria, DecisionCriterion::id, criterion(), Draft.Item.DECISION_CRITERION);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("decisionCriteria", criterion().id()), order("decisionCriteria"));
    }
  }

  /** See {@link PlanChange#updateDecisionCriterion(DecisionCriterion)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class UpdateDecisionCriterion extends PlanChange {
    UpdateDecisionCriterion() {}

    /** The criterion as it is to be. */
    @Value.Parameter
    public abstract DecisionCriterion criterion();

    @Override
    void applyTo(Draft draft) {
      draft.decisionCriterion(criterion().id());
      draft.replace(criterion());
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("decisionCriteria", criterion().id()));
    }
  }

  /** See {@link PlanChange#assessCriterion(DecisionCriterionId, Standing, String)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AssessCriterion extends PlanChange {
    AssessCriterion() {}

    /** The criterion assessed. */
    @Value.Parameter
    public abstract DecisionCriterionId criterion();

    /** The seller's standing on it. */
    @Value.Parameter
    public abstract Standing standing();

    /** What the standing rests on; when empty, the evidence recorded before stays. */
    @Value.Parameter
    public abstract Optional<String> evidence();

    @Value.Check
    final void checkEvidence() {
      evidence().ifPresent(text -> checkText(this, "evidence", text));
    }

    @Override
    void applyTo(Draft draft) {
      DecisionCriterion c = draft.decisionCriterion(criterion());
      draft.replace(c.withStanding(standing()).withEvidence(evidence().or(c::evidence)));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.ownedBy(before.decisionCriterion(criterion()).flatMap(DecisionCriterion::owner),
          key("decisionCriteria", criterion()));
    }
  }

  /** See {@link PlanChange#addMilestone(Milestone)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddMilestone extends PlanChange {
    AddMilestone() {}

    /** The milestone added. */
    @Value.Parameter
    public abstract Milestone milestone();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.milestones, Milestone::id, milestone(), Draft.Item.MILESTONE);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.item(milestone().id(), Side.SELLER, key("milestones", milestone().id()), order("milestones"));
    }
  }

  /** See {@link PlanChange#updateMilestone(Milestone)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class UpdateMilestone extends PlanChange {
    UpdateMilestone() {}

    /** The milestone as it is to be. */
    @Value.Parameter
    public abstract Milestone milestone();

    @Override
    void applyTo(Draft draft) {
      draft.milestone(milestone().id());
      draft.replace(milestone());
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.item(milestone().id(), Side.SELLER, key("milestones", milestone().id()));
    }
  }

  /** See {@link PlanChange#addObjective(Objective)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddObjective extends PlanChange {
    AddObjective() {}

    /** The objective added. */
    @Value.Parameter
    public abstract Objective objective();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.objectives, Objective::id, objective(), Draft.Item.OBJECTIVE);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("objectives", objective().id()), order("objectives"));
    }
  }

  /** See {@link PlanChange#addSuccessMetric(SuccessMetric)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class AddSuccessMetric extends PlanChange {
    AddSuccessMetric() {}

    /** The metric added. */
    @Value.Parameter
    public abstract SuccessMetric metric();

    @Override
    void applyTo(Draft draft) {
      Draft.add(draft.successMetrics, SuccessMetric::id, metric(), Draft.Item.SUCCESS_METRIC);
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("successMetrics", metric().id()), order("successMetrics"));
    }
  }

  /** See {@link PlanChange#setCalendar(Side, CalendarId)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class SetCalendar extends PlanChange {
    SetCalendar() {}

    /** The side whose calendar it is. */
    @Value.Parameter
    public abstract Side side();

    /** The name of the calendar. */
    @Value.Parameter
    public abstract CalendarId calendar();

    @Override
    void applyTo(Draft draft) {
      if (side() == Side.BUYER) {
        draft.buyerCalendar = calendar();
      } else {
        draft.sellerCalendar = calendar();
      }
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.side(side(), side() == Side.BUYER ? "buyerCalendar" : "sellerCalendar");
    }
  }

  /** See {@link PlanChange#changeTargetClose(LocalDate)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class ChangeTargetClose extends PlanChange {
    ChangeTargetClose() {}

    /** The new target close date. */
    @Value.Parameter
    public abstract LocalDate targetClose();

    @Override
    void applyTo(Draft draft) {
      draft.targetClose = targetClose();
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller("targetClose");
    }
  }

  /** See {@link PlanChange#share(StakeholderId)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class SharePlan extends PlanChange {
    SharePlan() {}

    /** The buyer co-owner named with the change, if any. */
    @Value.Parameter
    public abstract Optional<StakeholderId> buyerCoOwner();

    @Override
    void applyTo(Draft draft) {
      if (draft.kind != PlanKind.CLOSING_PLAN || draft.status != PlanStatus.DRAFT) {
        throw new Refused(PlanRule.LIFECYCLE, "status", "only a draft closing plan is shared; this plan is a "
            + draft.kind + ", "
            + draft.status);
      }
      draft.buyerCoOwner = buyerCoOwner().or(() -> draft.buyerCoOwner);
      draft.kind = PlanKind.MUTUAL_ACTION_PLAN;
      draft.status = PlanStatus.SHARED;
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.owners("status");
    }
  }

  /** See {@link PlanChange#signOff()}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class SignOffPlan extends PlanChange {
    SignOffPlan() {}

    @Override
    void applyTo(Draft draft) {
      if (draft.kind != PlanKind.MUTUAL_ACTION_PLAN) {
        throw new Refused(PlanRule.LIFECYCLE, "kind", "a closing plan is not signed off; share it first");
      }
      draft.signOffs.stream().filter(s -> s.stakeholder().equals(draft.actor) && !s.stale()).findFirst()
          .ifPresent(s -> {
            throw new Refused(PlanRule.LIFECYCLE, "signOffs[" + draft.actor + "]", "'" + draft.actor
                + "' has signed off already (version " + s.version()
                + ") and nothing material has changed since");
          });
      draft.signOffs.removeIf(s -> s.stakeholder().equals(draft.actor));
      draft.signOffs.add(SignOff.of(draft.actor, draft.at, draft.before.version()));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.owners(Scope.WHOLE_PLAN);
    }
  }

  /** See {@link PlanChange#closeWon(CloseReason)} and {@link PlanChange#closeLost(CloseReason)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class ClosePlan extends PlanChange {
    ClosePlan() {}

    /** {@link PlanStatus#CLOSED_WON} or {@link PlanStatus#CLOSED_LOST}. */
    @Value.Parameter
    public abstract PlanStatus outcome();

    /** Why the deal was won or lost; its outcome is {@link #outcome()}. */
    @Value.Parameter
    public abstract CloseReason reason();

    /** The reason in the team's words, if they gave it. */
    @Value.Parameter
    public abstract Optional<String> note();

    @Value.Check
    final void checkOutcome() {
      if (!outcome().isClosed()) {
        throw new IllegalArgumentException("outcome: must be CLOSED_WON or CLOSED_LOST, was " + outcome());
      }
      if (reason().outcome() != outcome()) {
        throw new PlanValidationException("change " + ChangeRejectedException.name(this), List.of(Violation.of(
            PlanRule.CLOSE_REASON, "reason", "closing " + outcome() + " takes a reason to "
                + (outcome() == PlanStatus.CLOSED_WON ? "win" : "lose") + "; '" + reason().key()
                + "' is one to " + (reason().isWin() ? "win" : "lose"))));
      }
      note().ifPresent(text -> checkText(this, "note", text));
    }

    @Override
    void applyTo(Draft draft) {
      draft.status = outcome();
      draft.closure = Optional.of(note().isPresent() ? Closure.of(reason(), note().get(), draft.at)
          : Closure.of(reason(), draft.at));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.owners("status");
    }
  }

  /** See {@link PlanChange#recordMeasurement(SuccessMetricId, LocalDate, BigDecimal)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class RecordMeasurement extends PlanChange {
    RecordMeasurement() {}

    /** The metric measured. */
    @Value.Parameter
    public abstract SuccessMetricId metric();

    /** The day and the value. */
    @Value.Parameter
    public abstract Measurement measurement();

    @Override
    void applyTo(Draft draft) {
      String path = Draft.Item.SUCCESS_METRIC.path(metric()) + ".measurements[" + measurement().on() + "]";
      if (draft.status != PlanStatus.CLOSED_WON) {
        throw new Refused(PlanRule.LIFECYCLE, "status", "measurements are recorded on a CLOSED_WON plan; this one is "
            + draft.status);
      }
      LocalDate closedOn = LocalDate.ofInstant(draft.before.closure().orElseThrow().closedAt(), draft.before.zone());
      if (measurement().on().isBefore(closedOn)) {
        throw new Refused(PlanRule.DATE_ORDER, path, measurement().on() + " is before the close on " + closedOn);
      }
      SuccessMetric metric = draft.successMetric(metric());
      if (metric.measurements().stream().anyMatch(m -> m.on().equals(measurement().on()))) {
        throw new Refused(PlanRule.UNIQUE_IDS, path, "'" + metric() + "' has a measurement on " + measurement().on()
            + " already");
      }
      List<Measurement> measurements = new ArrayList<>(metric.measurements());
      measurements.add(measurement());
      measurements.sort(Comparator.comparing(Measurement::on));
      draft.replace(metric.withMeasurements(measurements));
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.seller(key("successMetrics", metric()));
    }
  }

  /** See {@link PlanChange#reopen(String)}. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class ReopenPlan extends PlanChange {
    ReopenPlan() {}

    /** Why the plan is reopened. */
    @Value.Parameter
    public abstract String reason();

    @Value.Check
    final void checkReason() {
      checkText(this, "reason", reason());
    }

    @Override
    void applyTo(Draft draft) {
      if (!draft.status.isClosed()) {
        throw new Refused(PlanRule.LIFECYCLE, "status", "only a closed plan is reopened; this one is " + draft.status);
      }
      draft.status = draft.kind == PlanKind.MUTUAL_ACTION_PLAN ? PlanStatus.SHARED : PlanStatus.DRAFT;
      draft.closure = Optional.empty();
    }

    @Override
    Scope scope(MutualActionPlan before) {
      return Scope.owners("status");
    }
  }

  // ================================================================ shared by the values

  /** Refuses a free text of a change that no plan could hold (see {@link io.github.mutualplan.PlanLimits}). */
  private static void checkText(PlanChange change, String field, String text) {
    Texts.problem(text, Texts.Kind.TEXT).ifPresent(problem -> {
      throw new PlanValidationException("change " + ChangeRejectedException.name(change), List.of(Violation.of(
          problem.overLimit() ? PlanRule.WITHIN_LIMITS : PlanRule.VALID_VALUES, field, problem.message())));
    });
  }

  private static void requireStatus(Commitment c, String verb, CommitmentStatus... allowed) {
    if (!List.of(allowed).contains(c.status())) {
      throw new Refused(PlanRule.LIFECYCLE, Draft.Item.COMMITMENT.path(c.id()) + ".status", "commitment '" + c.id() + "' is "
          + c.status() + "; only a commitment that is "
          + List.of(allowed) + " can be " + verb);
    }
  }

  private static Scope commitmentScope(MutualActionPlan before, CommitmentId id) {
    Optional<Side> side = before.commitment(id).map(Commitment::owingSide);
    return Scope.item(id, side.orElse(Side.SELLER), key("commitments", id));
  }

  private static Scope itemScope(MutualActionPlan before, ItemId item) {
    return item instanceof CommitmentId
        ? commitmentScope(before, (CommitmentId) item)
        : Scope.item(item, Side.SELLER, key("milestones", item.key()));
  }

  private static void changeResponsibilities(Draft draft, ItemId item, Responsibility r, boolean assign) {
    Set<Responsibility> now = item instanceof CommitmentId
        ? draft.commitment((CommitmentId) item).responsibilities()
        : draft.milestone((MilestoneId) item).responsibilities();
    if (now.contains(r) == assign) {
      throw new Refused(assign ? PlanRule.UNIQUE_IDS : PlanRule.RESOLVED_REFERENCES, (item instanceof CommitmentId
          ? Draft.Item.COMMITMENT : Draft.Item.MILESTONE).path(item.key()) + ".responsibilities[" + r.stakeholder()
          + "]", "'" + r.stakeholder() + "' is " + (assign ? "already " : "not ") + r.raci() + " on '"
          + item.key() + "'");
    }
    Set<Responsibility> changed = new LinkedHashSet<>(now);
    if (assign) {
      changed.add(r);
    } else {
      changed.remove(r);
    }
    if (item instanceof CommitmentId) {
      draft.replace(draft.commitment((CommitmentId) item).withResponsibilities(changed));
    } else {
      draft.replace(draft.milestone((MilestoneId) item).withResponsibilities(changed));
    }
  }
}
