package io.github.mutualplan.render;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every format renders: the plan as the audience sees it, its schedule, and the labels of the language.
 *
 * <p>The schedule is the whole plan's, internal commitments included, so that the buyer's document shows the
 * same dates as the seller's: an internal step takes time whether the buyer sees it or not.
 */
final class PlanDocument {
  final MutualActionPlan plan;
  final Schedule schedule;
  final RenderOptions options;
  /** The day the document is made as of, or empty for the plan as planned. */
  final Optional<LocalDate> asOf;
  final Labels labels;

  private PlanDocument(MutualActionPlan plan, Schedule schedule, RenderOptions options) {
    this.plan = plan;
    this.schedule = schedule;
    this.options = options;
    this.asOf = schedule.asOf();
    this.labels = Labels.of(options.locale());
  }

  /**
   * The document of a plan for the options' audience.
   *
   * @throws IllegalStateException for a closing plan rendered for the buyer
   */
  static PlanDocument of(MutualActionPlan plan, RenderOptions options, Optional<LocalDate> asOf) {
    Objects.requireNonNull(plan, "plan");
    if (options.audience() == Audience.BUYER && plan.kind() != PlanKind.MUTUAL_ACTION_PLAN) {
      throw new IllegalStateException("plan '" + plan.id() + "' is a closing plan, which the buyer never sees:"
          + " render it for Audience.INTERNAL, or share it first");
    }
    Scheduler scheduler = Scheduler.of(options.scheduleOptions());
    Schedule schedule = asOf.isPresent() ? scheduler.schedule(plan, asOf.get()) : scheduler.schedule(plan);
    MutualActionPlan view = options.audience() == Audience.BUYER ? plan.buyerView() : plan;
    return new PlanDocument(view, schedule, options);
  }

  /** A commitment's dates, if it is scheduled (not cancelled). */
  Optional<ScheduledCommitment> scheduled(Commitment commitment) {
    return schedule.commitment(commitment.id());
  }

  /** Whether a commitment is on the critical path. */
  boolean critical(Commitment commitment) {
    return scheduled(commitment).map(ScheduledCommitment::critical).orElse(false);
  }

  /**
   * The day a milestone is projected to be reached: for the closing milestone the projected close, for
   * another the latest finish of its commitments, or its target date when no commitment leads to it.
   */
  LocalDate projected(Milestone milestone) {
    if (milestone.closing()) {
      return schedule.projectedClose();
    }
    return schedule.milestoneDate(milestone.id()).orElse(milestone.targetDate());
  }

  /** The commitments a side owes, in the plan's order. */
  List<Commitment> owedBy(Side side) {
    return plan.commitments().stream().filter(c -> c.owingSide() == side).collect(Collectors.toList());
  }

  /** The organisation of a side. */
  String organization(Side side) {
    return side == Side.BUYER ? plan.buyerOrganization() : plan.sellerOrganization();
  }

  /** A person's name, or the key when the plan has no such person. */
  String name(StakeholderId id) {
    return plan.stakeholder(id).map(Stakeholder::name).orElse(id.key());
  }

  /** The accountable person's name, or empty. */
  String accountable(Commitment commitment) {
    return commitment.accountable().map(this::name).orElse("");
  }

  /** The owners' names, seller's first. */
  String owners() {
    return plan.owners().stream().map(this::name).collect(Collectors.joining(", "));
  }

  /** When the document is made: the option, or the plan's start at midnight UTC. */
  Instant generatedAt() {
    return options.generatedAt().orElseGet(() -> plan.start().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** A label of this language. */
  String label(String key) {
    return labels.get(key);
  }

  /** The label of an enum constant. */
  String label(Enum<?> value) {
    return labels.of(value);
  }

  /** An ISO date, {@code 2027-06-30}. */
  static String date(LocalDate date) {
    return date.toString();
  }
}
