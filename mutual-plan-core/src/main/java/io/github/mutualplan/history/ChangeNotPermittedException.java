package io.github.mutualplan.history;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the acting person may not make a change under the editor's {@link PlanPolicy}: they are not a
 * stakeholder of the plan, the item is the other side's, or only the owners may do it.
 *
 * @since 0.1.0
 */
public final class ChangeNotPermittedException extends ChangeRejectedException {
  private static final long serialVersionUID = 1L;

  /** Refused for these reasons, each a violation of {@link PlanRule#PERMITTED_CHANGES} by the {@code actor}. */
  ChangeNotPermittedException(PlanId plan, long version, PlanChange change, StakeholderId actor, List<String> reasons) {
    super(plan, version, change, actor, reasons.stream()
        .map(reason -> Violation.of(PlanRule.PERMITTED_CHANGES, "actor", reason)).collect(Collectors.toList()), null);
  }
}
