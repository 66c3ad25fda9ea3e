package io.github.mutualplan.engine;

/**
 * Working-day arithmetic on one side's calendar, in epoch days: what the {@link ForwardPass} asks of a
 * calendar. {@link Workdays} grows on demand, and so is not thread-safe; a {@link Workdays.Table} is frozen for
 * the forecast's trials, immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public interface WorkingDays {
  /** The first working day on or after the day. */
  int onOrAfter(int day);

  /** The working day {@code n} working days after a working day; {@code n} may be negative. */
  int plus(int workingDay, int n);
}
