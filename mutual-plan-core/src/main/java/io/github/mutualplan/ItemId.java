package io.github.mutualplan;

/**
 * Identifies an item people can be responsible for (a {@link Commitment} or a {@link Milestone}), for changes
 * and events that concern either.
 *
 * @since 0.1.0
 */
public sealed interface ItemId permits CommitmentId, MilestoneId {
  /** The readable key. */
  String key();
}
