package io.github.mutualplan.history;

import io.github.mutualplan.ItemId;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a change concerns: the keys it touches (for conflicts), the items whose people hear of it, and who
 * may make it under the standard policy.
 */
final class Scope {
  /** The key a change touches when it concerns the whole plan; it conflicts with every other change. */
  static final String WHOLE_PLAN = "the whole plan";

  final Set<String> touches;
  final Set<ItemId> items;
  final Optional<Side> side;
  final Optional<StakeholderId> itemOwner;
  final boolean ownersOnly;
  /** Whether the plan's owners make the change too, whichever side they are on (a change of a shared plan). */
  final boolean ownersToo;

  private Scope(Set<String> touches, Set<ItemId> items, Optional<Side> side, Optional<StakeholderId> itemOwner,
      boolean ownersOnly) {
    this(touches, items, side, itemOwner, ownersOnly, false);
  }

  private Scope(Set<String> touches, Set<ItemId> items, Optional<Side> side, Optional<StakeholderId> itemOwner,
      boolean ownersOnly, boolean ownersToo) {
    this.touches = touches;
    this.items = items;
    this.side = side;
    this.itemOwner = itemOwner;
    this.ownersOnly = ownersOnly;
    this.ownersToo = ownersToo;
  }

  /** This scope, in which the plan's owners make the change too when {@code shared} (the item is shared). */
  Scope withSharedItemOwners(boolean shared) {
    return new Scope(touches, items, side, itemOwner, ownersOnly, shared);
  }

  /** A change of the seller's, touching these keys. */
  static Scope seller(String... touches) {
    return new Scope(ImmutableSet.copyOf(touches), ImmutableSet.of(), Optional.of(Side.SELLER), Optional.empty(),
        false);
  }

  /** A change of this side's, touching these keys. */
  static Scope side(Side side, String... touches) {
    return new Scope(ImmutableSet.copyOf(touches), ImmutableSet.of(), Optional.of(side), Optional.empty(), false);
  }

  /** A change of an item of this side, touching these keys. */
  static Scope item(ItemId item, Side side, String... touches) {
    return new Scope(ImmutableSet.copyOf(touches), ImmutableSet.of(item), Optional.of(side), Optional.empty(),
        false);
  }

  /** A change only the plan's owners make. */
  static Scope owners(String... touches) {
    return new Scope(ImmutableSet.copyOf(touches), ImmutableSet.of(), Optional.empty(), Optional.empty(), true);
  }

  /** A change that only this stakeholder makes, or the seller's side when nobody owns the item. */
  static Scope ownedBy(Optional<StakeholderId> owner, String touches) {
    return new Scope(ImmutableSet.of(touches), ImmutableSet.of(),
        owner.isPresent() ? Optional.empty() : Optional.of(Side.SELLER), owner, false);
  }

  /** The key of one item in one list, for example {@code commitments[demo]}. */
  static String key(String list, Object id) {
    return list + "[" + id + "]";
  }

  /** The key of the order of a list, for example {@code commitments (order)}. */
  static String order(String list) {
    return list + " (order)";
  }
}
