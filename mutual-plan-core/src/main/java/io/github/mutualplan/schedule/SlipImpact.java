package io.github.mutualplan.schedule;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a change did to the timeline: which commitments moved and by how many working days, how far the close
 * moved, and whether the target close is still reachable. From two versions of a plan, or from a slip of one
 * commitment before it is made ({@link Scheduler#impact(io.github.mutualplan.MutualActionPlan,
 * io.github.mutualplan.CommitmentId, int)}).
 *
 * <pre>{@code
 * SlipImpact impact = scheduler.impact(before, after);
 * if (impact.closeShift() > 0) {
 *   alert("the close moves " + impact.closeShift() + " working days, to " + impact.closeAfter());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SlipImpact {
  SlipImpact() {}

  /** The commitments on both schedules whose dates moved, in the later plan's order. */
  public abstract List<DateShift> shifts();

  /** The projected close before. */
  public abstract LocalDate closeBefore();

  /** The projected close after. */
  public abstract LocalDate closeAfter();

  /**
   * By how many working days of the seller the close moved: positive later, negative earlier, zero only when
   * it did not move.
   */
  public abstract int closeShift();

  /** Whether the target close is still reachable after the change. */
  public abstract boolean targetReachable();
}
