package io.github.mutualplan;

/**
 * The two sides of a deal.
 *
 * @since 0.1.0
 */
public enum Side {
  /** The organisation buying: its people make customer pledges. */
  BUYER,
  /** The organisation selling: its account executive owns the plan. */
  SELLER;

  /** The other side. */
  public Side other() {
    return this == BUYER ? SELLER : BUYER;
  }
}
