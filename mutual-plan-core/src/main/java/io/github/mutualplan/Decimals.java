package io.github.mutualplan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The size of the decimals a plan holds: at most {@link PlanLimits#MAX_DECIMAL_DIGITS} digits each side of the
 * point, so that every one prints in a few dozen characters.
 */
final class Decimals {
  private Decimals() {}

  /** What is wrong with the size of an amount, if anything. */
  static Optional<String> problem(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > PlanLimits.MAX_DECIMAL_DIGITS || value.scale() > PlanLimits.MAX_DECIMAL_DIGITS) {
      String shown = integerDigits > 1000 || value.scale() > 1000 ? value.toString() : value.toPlainString();
      return Optional.of(Texts.quote(shown) + " has more than " + PlanLimits.MAX_DECIMAL_DIGITS
          + " digits before or after the point");
    }
    return Optional.empty();
  }
}
