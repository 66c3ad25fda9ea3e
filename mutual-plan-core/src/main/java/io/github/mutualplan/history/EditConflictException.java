package io.github.mutualplan.history;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Violation;
import java.util.List;

/**
 * Thrown when a change made against an older version touches an item that a later change touched too; it
 * names the item ({@link #item()}) and the version that changed it ({@link #conflictingVersion()}). Reload the
 * plan and make the change again.
 *
 * @since 0.1.0
 */
public final class EditConflictException extends ChangeRejectedException {
  private static final long serialVersionUID = 1L;

  private final String item;
  private final long basedOn;
  private final long conflictingVersion;

  EditConflictException(PlanId plan, long version, PlanChange change, StakeholderId actor, long basedOn,
      String item, long conflictingVersion, StakeholderId conflictingActor) {
    super(plan, version, change, actor, List.of(Violation.of(PlanRule.HISTORY_ORDER, item, "made against version "
        + basedOn + ", but " + item + " was changed since, in version " + conflictingVersion + " by '"
        + conflictingActor + "'")), null);
    this.item = item;
    this.basedOn = basedOn;
    this.conflictingVersion = conflictingVersion;
  }

  /** The item both changes touch, for example {@code commitments[security-review]}. */
  public String item() {
    return item;
  }

  /** The version the refused change was made against. */
  public long basedOn() {
    return basedOn;
  }

  /** The later version that changed the item. */
  public long conflictingVersion() {
    return conflictingVersion;
  }
}
