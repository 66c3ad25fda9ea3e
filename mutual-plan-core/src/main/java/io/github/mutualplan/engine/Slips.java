package io.github.mutualplan.engine;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanLimits;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A slip of an open commitment by a number of working days, as a pure function of the commitment, without a
 * calendar: the one code that {@code PlanChange.slipCommitment} records and {@code Scheduler.impact(plan,
 * commitment, workingDays)} weighs.
 *
 * <p>The commitment takes that many working days longer, and its agreed date moves as many working days
 * later, counted Monday to Friday:
 * <ul>
 *   <li>its duration grows by them: {@link Commitment#durationDays()} when it has one; when its duration comes
 *       from its start and due dates (with a day from Monday to Friday between them), the due date moving
 *       carries it; else it took one working day (what the scheduler gives a commitment without a duration),
 *       and takes {@code 1 + workingDays};
 *   <li>each point of its three-point estimate, if any, grows by them;
 *   <li>its due date, if any, moves to the {@code workingDays}-th Monday-to-Friday day after the last one on or
 *       before it;
 *   <li>nothing else changes: its start (a fixed commitment keeps its day), the day it started, status,
 *       dependencies.
 * </ul>
 * So, scheduled, it finishes exactly that many working days later when its side works Monday to Friday without
 * a holiday in the days its due date moved over (or it has no due date); in another calendar its due date
 * moves over as many of that calendar's working days as there are in those weekdays, and it finishes between
 * that many and {@code workingDays} working days later.
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class Slips {
  private Slips() {}

  /** Why a number of working days is no slip, if it is not: it must be from 1 to the longest duration. */
  public static Optional<String> problem(int workingDays) {
    return workingDays >= 1 && workingDays <= PlanLimits.MAX_DURATION_DAYS ? Optional.empty()
        : Optional.of("must be from 1 to " + PlanLimits.MAX_DURATION_DAYS + " working days (was " + workingDays
            + ")");
  }

  /** Whether a commitment may slip: it is neither done nor cancelled. */
  public static boolean isOpen(Commitment c) {
    return c.status() != CommitmentStatus.DONE && c.status() != CommitmentStatus.CANCELLED;
  }

  /**
   * The commitment slipped (see above); the caller has checked that it is open and the number of days valid.
   *
   * @throws io.github.mutualplan.PlanValidationException if an estimate's point would exceed the limits
   */
  public static Commitment slip(Commitment c, int workingDays) {
    Commitment slipped = c.withEstimate(c.estimate().map(e -> DurationEstimate.of(e.optimistic() + workingDays,
        e.mostLikely() + workingDays, e.pessimistic() + workingDays)));
    boolean durationFromDates = c.durationDays().isEmpty() && c.start().isPresent() && c.due().isPresent()
        && !weekdaysLater(c.due().get(), 0).isBefore(c.start().get());
    if (!durationFromDates) {
      slipped = slipped.withDurationDays(c.durationDays().orElse(1) + workingDays);
    }
    return c.due().isPresent() ? slipped.withDue(weekdaysLater(c.due().get(), workingDays)) : slipped;
  }

  /**
   * A plan with one commitment slipped.
   *
   * @throws IllegalArgumentException if the plan has no such commitment, it is done or cancelled, or the
   *     number of days is not from 1 to {@link PlanLimits#MAX_DURATION_DAYS}
   * @throws io.github.mutualplan.PlanValidationException if the slipped plan would break the plan's limits
   */
  public static MutualActionPlan slip(MutualActionPlan plan, CommitmentId commitment, int workingDays) {
    problem(workingDays).ifPresent(problem -> {
      throw new IllegalArgumentException("workingDays: " + problem);
    });
    Commitment c = plan.commitment(commitment).orElseThrow(() ->
        new IllegalArgumentException("commitment: the plan has no commitment '" + commitment + "'"));
    if (!isOpen(c)) {
      throw new IllegalArgumentException("commitment: '" + commitment + "' is " + c.status()
          + "; only a commitment that is neither done nor cancelled slips");
    }
    List<Commitment> commitments = new ArrayList<>(plan.commitments());
    commitments.set(commitments.indexOf(c), slip(c, workingDays));
    return plan.withCommitments(commitments);
  }

  /**
   * The {@code n}-th day from Monday to Friday after the last such day on or before {@code day} ({@code n >= 0}):
   * the day {@code n} working days later, counted Monday to Friday.
   */
  public static LocalDate weekdaysLater(LocalDate day, int n) {
    LocalDate from = day;
    while (from.getDayOfWeek() == DayOfWeek.SATURDAY || from.getDayOfWeek() == DayOfWeek.SUNDAY) {
      from = from.minusDays(1);
    }
    int weekday = from.getDayOfWeek().getValue() - 1; // Monday 0 to Friday 4
    int rest = n % 5;
    return from.plusDays(7L * (n / 5) + rest + (weekday + rest >= 5 ? 2 : 0));
  }
}
