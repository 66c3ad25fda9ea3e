package io.github.mutualplan;

import java.util.List;
import org.immutables.value.Value;

/**
 * Why a deal was won or lost: a readable key ({@link Keys}) from a small taxonomy, and whether it is a reason
 * to win or to lose. Win-loss analysis counts closed plans by it. The built-in reasons are the constants; a team
 * adds its own with {@link #won(String)} and {@link #lost(String)}:
 *
 * <pre>{@code
 * CloseReason incumbent = CloseReason.lost("incumbent-renewed");
 * PlanChange close = PlanChange.closeLost(incumbent, "They renewed the old vendor for a year");
 * }</pre>
 *
 * <p>Two reasons are equal when their keys and outcomes are: the win reason {@code other} and the loss reason
 * {@code other} are two reasons.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CloseReason {
  /** Won: the buyer saw the value proven (a pilot, a business case). */
  public static final CloseReason VALUE_PROVEN = won("value-proven");
  /** Won: the product fit the buyer's needs best. */
  public static final CloseReason BEST_FIT = won("best-fit");
  /** Won: the relationship, a strong champion. */
  public static final CloseReason RELATIONSHIP = won("relationship");
  /** Won: the price or the terms. */
  public static final CloseReason PRICE_TERMS = won("price-terms");
  /** Won, for a reason the taxonomy does not name; the closure's note says which. */
  public static final CloseReason WON_OTHER = won("other");
  /** Lost: the buyer decided nothing and kept the status quo. */
  public static final CloseReason NO_DECISION = lost("no-decision");
  /** Lost to a competitor. */
  public static final CloseReason COMPETITOR = lost("competitor");
  /** Lost: no budget. */
  public static final CloseReason BUDGET = lost("budget");
  /** Lost: not now, the timing did not suit the buyer. */
  public static final CloseReason TIMING = lost("timing");
  /** Lost: the product lacked what the buyer needed. */
  public static final CloseReason PRODUCT_GAP = lost("product-gap");
  /** Lost: the champion left or lost influence. */
  public static final CloseReason CHAMPION_LEFT = lost("champion-left");
  /** Lost, for a reason the taxonomy does not name; the closure's note says which. */
  public static final CloseReason LOST_OTHER = lost("other");

  private static final List<CloseReason> BUILT_IN = List.of(VALUE_PROVEN, BEST_FIT, RELATIONSHIP, PRICE_TERMS,
      WON_OTHER, NO_DECISION, COMPETITOR, BUDGET, TIMING, PRODUCT_GAP, CHAMPION_LEFT, LOST_OTHER);

  CloseReason() {}

  /**
   * Returns a reason to win, a built-in one if the key names one.
   *
   * @param key a key, such as {@code "value-proven"}
   * @throws PlanValidationException if the key is not valid
   */
  public static CloseReason won(String key) {
    return ImmutableCloseReason.of(key, PlanStatus.CLOSED_WON);
  }

  /**
   * Returns a reason to lose, a built-in one if the key names one.
   *
   * @param key a key, such as {@code "competitor"}
   * @throws PlanValidationException if the key is not valid
   */
  public static CloseReason lost(String key) {
    return ImmutableCloseReason.of(key, PlanStatus.CLOSED_LOST);
  }

  /**
   * Returns the reason of this key for this outcome.
   *
   * @param outcome {@link PlanStatus#CLOSED_WON} or {@link PlanStatus#CLOSED_LOST}
   * @throws IllegalArgumentException if the outcome is not a closed status
   * @throws PlanValidationException if the key is not valid
   */
  public static CloseReason of(String key, PlanStatus outcome) {
    return ImmutableCloseReason.of(key, outcome);
  }

  /** The reason {@code other} of this outcome ({@link #WON_OTHER} or {@link #LOST_OTHER}). */
  public static CloseReason other(PlanStatus outcome) {
    return of(WON_OTHER.key(), outcome);
  }

  /** The built-in reasons: those to win, then those to lose, each ending with {@code other}. */
  public static List<CloseReason> builtIn() {
    return BUILT_IN;
  }

  /** The reason's key, such as {@code "competitor"}. */
  @Value.Parameter
  public abstract String key();

  /** {@link PlanStatus#CLOSED_WON} for a reason to win, {@link PlanStatus#CLOSED_LOST} for one to lose. */
  @Value.Parameter
  public abstract PlanStatus outcome();

  /** Whether this is a reason to win. */
  public final boolean isWin() {
    return outcome() == PlanStatus.CLOSED_WON;
  }

  @Value.Check
  final void check() {
    if (!outcome().isClosed()) {
      throw new IllegalArgumentException("outcome: must be CLOSED_WON or CLOSED_LOST, was " + outcome());
    }
    if (!Keys.isValid(key())) {
      throw PlanValidationException.of("CloseReason", PlanRule.VALID_VALUES, "key",
          Texts.quote(key()) + " is not valid: use " + Keys.rule());
    }
  }

  /** The key and the outcome, such as {@code competitor (CLOSED_LOST)}. */
  @Override
  public final String toString() {
    return key() + " (" + outcome() + ")";
  }
}
