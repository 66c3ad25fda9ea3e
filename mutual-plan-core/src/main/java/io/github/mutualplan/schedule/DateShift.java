package io.github.mutualplan.schedule;

import io.github.mutualplan.CommitmentId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How one commitment moved between two schedules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DateShift {
  DateShift() {}

  /** The commitment. */
  public abstract CommitmentId id();

  /** Its early start before. */
  public abstract LocalDate startBefore();

  /** Its early start after. */
  public abstract LocalDate startAfter();

  /** Its early finish before. */
  public abstract LocalDate finishBefore();

  /** Its early finish after. */
  public abstract LocalDate finishAfter();

  /**
   * By how many working days of the owing side its finish moved: positive later, negative earlier, zero only
   * when only its start moved.
   */
  public abstract int workingDays();
}
