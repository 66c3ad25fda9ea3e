package io.github.mutualplan.template;

import io.github.mutualplan.PlanLimits;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a new plan is pinned in time: forward from a start date, or backward from a target close date, with
 * the latest dates that still meet it.
 *
 * <pre>{@code
 * Anchor.startOn(LocalDate.of(2027, 1, 11));                           // as early as possible
 * Anchor.closeBy(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 11)); // as late as possible, not before the 11th
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Anchor {
  Anchor() {}

  /**
   * Forward: the plan starts on this day and every step as early as it can.
   *
   * @throws IllegalArgumentException if the day is not from {@link PlanLimits#EARLIEST_DATE} to
   *     {@link PlanLimits#LATEST_DATE}
   */
  public static Anchor startOn(LocalDate start) {
    return ImmutableAnchor.of(within("start", start), Optional.empty());
  }

  /**
   * Backward: the plan closes by this day, every step as late as it can and still meet it, and nothing starts
   * before {@code notBefore} (today, usually). When the steps cannot fit, the plan starts on {@code notBefore}
   * and the instantiation says by how many working days the target close is missed.
   *
   * @throws IllegalArgumentException if the target close is before {@code notBefore}, or a day is not from
   *     {@link PlanLimits#EARLIEST_DATE} to {@link PlanLimits#LATEST_DATE}
   */
  public static Anchor closeBy(LocalDate targetClose, LocalDate notBefore) {
    within("targetClose", targetClose);
    within("notBefore", notBefore);
    if (targetClose.isBefore(notBefore)) {
      throw new IllegalArgumentException("targetClose: " + targetClose + " is before " + notBefore
          + ", the first day the plan may start (notBefore)");
    }
    return ImmutableAnchor.of(notBefore, Optional.of(targetClose));
  }

  /** The first day the plan may start. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The target close of a backward anchor; empty for a forward one. */
  @Value.Parameter
  public abstract Optional<LocalDate> targetClose();

  private static LocalDate within(String name, LocalDate day) {
    Objects.requireNonNull(day, name);
    if (!PlanLimits.isWithinLimits(day)) {
      throw new IllegalArgumentException(name + ": " + day + " is not from " + PlanLimits.EARLIEST_DATE + " to "
          + PlanLimits.LATEST_DATE);
    }
    return day;
  }

  /** Whether the plan is scheduled backward from a target close. */
  public final boolean isBackward() {
    return targetClose().isPresent();
  }
}
