package io.github.mutualplan.render;

/**
 * Who a document is for, and so which items it holds.
 *
 * <pre>{@code
 * RenderOptions forTheTeam = RenderOptions.defaults().withAudience(Audience.INTERNAL);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Audience {
  /**
   * The buyer's people, and anyone the document may be forwarded to: only the shared items, as
   * {@link io.github.mutualplan.MutualActionPlan#buyerView()} holds them. The default, as a document is made
   * to be shared. A closing plan has no buyer's view.
   */
  BUYER,
  /** The seller's team: every item, internal ones included. */
  INTERNAL
}
