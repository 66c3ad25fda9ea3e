package io.github.mutualplan.schedule;

import io.github.mutualplan.ItemId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A date the schedule cannot keep: which constraint, and by how many working days it is missed. Conflicts are
 * part of a {@link Schedule}, never thrown.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScheduleConflict {
  ScheduleConflict() {}

  /** What kind of date is missed. */
  public enum Kind {
    /** A commitment finishes after its due date. */
    DUE_DATE_MISSED,
    /** A fixed commitment cannot start on its date: its dependencies finish too late, or it is a day off. */
    FIXED_DATE_MISSED,
    /** The commitments of a milestone finish after its target date. */
    MILESTONE_LATE
  }

  /** What kind of date is missed. */
  public abstract Kind kind();

  /** The commitment or milestone. */
  public abstract ItemId item();

  /** The date it should keep. */
  public abstract LocalDate date();

  /** The date the schedule gives it instead. */
  public abstract LocalDate scheduled();

  /** By how many working days it is missed, at least 1. */
  public abstract int workingDays();

  /** Returns, for example, {@code DUE_DATE_MISSED security-review: 2027-03-05, scheduled 2027-03-09 (+2)}. */
  @Override
  public final String toString() {
    return kind() + " " + item().key() + ": " + date() + ", scheduled " + scheduled() + " (+" + workingDays() + ")";
  }
}
