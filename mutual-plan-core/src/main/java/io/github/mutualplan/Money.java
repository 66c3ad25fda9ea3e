package io.github.mutualplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An amount of money in one currency, not negative.
 *
 * <p>The amount is held at the currency's number of decimal places, so that equal sums are equal values:
 * {@code Money.of(new BigDecimal("120000"), EUR)} equals {@code Money.of(new BigDecimal("120000.00"), EUR)}
 * and prints as {@code 120000.00 EUR}. An amount with more decimal places than the currency has is rejected
 * rather than rounded.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Money {
  Money() {}

  /**
   * Returns an amount of money.
   *
   * @param amount the amount, zero or more
   * @param currency the currency
   * @return the money
   * @throws PlanValidationException if the amount is negative or has more decimal places than the currency
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Returns an amount of money in the currency with this ISO 4217 code.
   *
   * @param amount the amount as text, for example {@code "250000"}
   * @param currencyCode the ISO 4217 code, for example {@code "USD"}
   * @return the money
   * @throws PlanValidationException if the amount or the code is not valid
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    if (amount.length() > 2 * PlanLimits.MAX_DECIMAL_DIGITS + 2) { // refused unread: a huge number parses slowly
      throw PlanValidationException.of("Money", PlanRule.WITHIN_LIMITS, "amount", Texts.quote(amount)
          + " has more than " + PlanLimits.MAX_DECIMAL_DIGITS + " digits before or after the point");
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw PlanValidationException.of(
          "Money", PlanRule.VALID_VALUES, "amount", Texts.quote(amount) + " is not a number");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw PlanValidationException.of(
          "Money", PlanRule.VALID_VALUES, "currency",
          Texts.quote(currencyCode) + " is not an ISO 4217 currency code");
    }
    return of(parsed, currency);
  }

  /** The amount, at the currency's number of decimal places. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The currency. */
  @Value.Parameter
  public abstract Currency currency();

  @Value.Check
  final Money normalize() {
    Decimals.problem(amount()).ifPresent(problem -> {
      throw PlanValidationException.of("Money", PlanRule.WITHIN_LIMITS, "amount", problem);
    });
    if (amount().signum() < 0) {
      throw PlanValidationException.of(
          "Money", PlanRule.VALID_VALUES, "amount", amount().toPlainString() + " is negative");
    }
    int digits = currency().getDefaultFractionDigits();
    if (digits < 0 || amount().scale() == digits) {
      return this;
    }
    BigDecimal scaled;
    try {
      scaled = amount().setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw PlanValidationException.of(
          "Money",
          PlanRule.VALID_VALUES,
          "amount",
          amount().toPlainString() + " has more decimal places than " + currency() + " (" + digits + ")");
    }
    return of(scaled, currency());
  }

  /** Returns the amount and the currency code, for example {@code 250000.00 USD}. */
  @Override
  public final String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
