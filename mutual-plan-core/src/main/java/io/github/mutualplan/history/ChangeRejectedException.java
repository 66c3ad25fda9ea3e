package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.StakeholderId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a change is refused: it does not fit the plan as it is (no such item, a done commitment
 * started again, a closed plan edited), or it would make the plan invalid, in which case the cause is the
 * {@link io.github.mutualplan.PlanValidationException} with the violations. The plan stays as it was.
 *
 * <p>Subtypes tell the refusals a caller may handle apart: {@link ChangeNotPermittedException} (the actor may
 * not make this change) and {@link EditConflictException} (someone changed the same item first).
 */
public class ChangeRejectedException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final PlanId plan;
  private final long version;
  private final String change;
  private final StakeholderId actor;
  private final ImmutableList<String> reasons;

  ChangeRejectedException(PlanId plan, long version, PlanChange change, StakeholderId actor, List<String> reasons,
      @Nullable Throwable cause) {
    super(message(plan, version, change, actor, reasons), cause);
    this.plan = plan;
    this.version = version;
    this.change = name(change);
    this.actor = actor;
    this.reasons = ImmutableList.copyOf(reasons);
  }

  /** The plan the change was refused on. */
  public PlanId plan() {
    return plan;
  }

  /** The version of the plan the change was refused on. */
  public long version() {
    return version;
  }

  /** The kind of change refused, for example {@code CompleteCommitment}. */
  public String change() {
    return change;
  }

  /** Who tried to make it. */
  public StakeholderId actor() {
    return actor;
  }

  /** Every reason the change was refused; never empty. */
  public List<String> reasons() {
    return reasons;
  }

  /** The name of a change's kind, for example {@code CompleteCommitment}. */
  static String name(PlanChange change) {
    return change.getClass().getSuperclass().getSimpleName();
  }

  private static String message(
      PlanId plan, long version, PlanChange change, StakeholderId actor, List<String> reasons) {
    return name(change) + " by '" + actor + "' on plan '" + plan + "' (version " + version + ") refused: "
        + String.join("; ", reasons);
  }
}
