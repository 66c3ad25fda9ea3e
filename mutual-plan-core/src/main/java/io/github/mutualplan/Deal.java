package io.github.mutualplan;

import org.immutables.value.Value;

/**
 * The opportunity a plan closes: whose account, and what it is worth.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Deal {
  Deal() {}

  /**
   * Returns a deal.
   *
   * @param accountName the buyer's account as the seller's CRM names it
   * @param value what the deal is worth
   * @return the deal
   */
  public static Deal of(String accountName, Money value) {
    return ImmutableDeal.of(accountName, value);
  }

  /** The buyer's account as the seller's CRM names it; not blank. */
  @Value.Parameter
  public abstract String accountName();

  /** What the deal is worth. */
  @Value.Parameter
  public abstract Money value();

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #accountName() accountName}. */
  public abstract Deal withAccountName(String value);

  /** A copy with this {@link #value() value}. */
  public abstract Deal withValue(Money value);
}
