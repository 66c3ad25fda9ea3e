package io.github.mutualplan;

import java.util.Collection;
import java.util.Optional;

/** Queries over the RACI assignments of one item. */
final class Responsibilities {
  private Responsibilities() {}

  /** The one accountable stakeholder, or empty when there is none or more than one. */
  static Optional<StakeholderId> accountable(Collection<Responsibility> responsibilities) {
    StakeholderId found = null;
    for (Responsibility r : responsibilities) {
      if (r.raci() == Raci.ACCOUNTABLE) {
        if (found != null) {
          return Optional.empty();
        }
        found = r.stakeholder();
      }
    }
    return Optional.ofNullable(found);
  }
}
