package io.github.mutualplan.schedule;

import io.github.mutualplan.CommitmentId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One commitment on the schedule: its early and late dates, and its slack. Dates are inclusive: a one-day
 * commitment starts and finishes on the same day. Slack counts working days of the side that owes it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScheduledCommitment {
  ScheduledCommitment() {}

  /** The commitment. */
  public abstract CommitmentId id();

  /** The working days it takes. */
  public abstract int durationDays();

  /** The earliest day it can start. */
  public abstract LocalDate earlyStart();

  /** The earliest day it can finish. */
  public abstract LocalDate earlyFinish();

  /** The latest day it can start without delaying the close (or, after the close, the plan's end). */
  public abstract LocalDate lateStart();

  /** The latest day it can finish without delaying the close (or, after the close, the plan's end). */
  public abstract LocalDate lateFinish();

  /**
   * Total slack in working days: how far it can slip without delaying the target close; negative when the
   * target close cannot be met.
   */
  public abstract int totalSlack();

  /** Whether the close waits for it: it leads to the closing milestone, directly or through others. */
  public abstract boolean leadsToClose();

  /** Whether it is on the critical path. */
  public abstract boolean critical();
}
