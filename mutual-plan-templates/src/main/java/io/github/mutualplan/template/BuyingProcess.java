package io.github.mutualplan.template;

/**
 * How the buyer buys.
 *
 * @since 0.1.0
 */
public enum BuyingProcess {
  /** A quick decision by few people. */
  FAST_TRACK,
  /** The usual evaluation and approval. */
  STANDARD,
  /** A formal procurement: vendor registration, purchase order, several approvals. */
  FORMAL_PROCUREMENT
}
