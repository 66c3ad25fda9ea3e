package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * A RACI assignment of a stakeholder to the commitment or milestone that holds it.
 *
 * <pre>{@code
 * Commitment review = Commitment.builder()
 *     ...
 *     .addResponsibility(Responsibility.accountable(StakeholderId.of("ciso")))
 *     .addResponsibility(Responsibility.informed(StakeholderId.of("ae")))
 *     .build();
 * }</pre>
 *
 * <p>Every commitment has exactly one accountable person, on the side that owes it; a milestone has at most
 * one ({@link PlanRule#ONE_ACCOUNTABLE}).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Responsibility {
  Responsibility() {}

  /**
   * Returns an assignment.
   *
   * @param stakeholder who
   * @param raci which letter
   * @return the assignment
   */
  public static Responsibility of(StakeholderId stakeholder, Raci raci) {
    return ImmutableResponsibility.of(stakeholder, raci);
  }

  /** The stakeholder answering for the outcome. */
  public static Responsibility accountable(StakeholderId stakeholder) {
    return of(stakeholder, Raci.ACCOUNTABLE);
  }

  /** A stakeholder doing the work. */
  public static Responsibility responsible(StakeholderId stakeholder) {
    return of(stakeholder, Raci.RESPONSIBLE);
  }

  /** A stakeholder giving input. */
  public static Responsibility consulted(StakeholderId stakeholder) {
    return of(stakeholder, Raci.CONSULTED);
  }

  /** A stakeholder kept informed. */
  public static Responsibility informed(StakeholderId stakeholder) {
    return of(stakeholder, Raci.INFORMED);
  }

  /** Who. */
  @Value.Parameter
  public abstract StakeholderId stakeholder();

  /** Which letter. */
  @Value.Parameter
  public abstract Raci raci();

  /** Returns {@code LETTER:stakeholder}, for example {@code ACCOUNTABLE:ciso}. */
  @Override
  public final String toString() {
    return raci() + ":" + stakeholder();
  }
}
