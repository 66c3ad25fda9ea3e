package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a change is refused: it does not fit the plan as it is (no such item, a done commitment
 * started again, a closed plan edited), or it would make the plan invalid, in which case the cause is the
 * {@link io.github.mutualplan.PlanValidationException} with the violations. The plan stays as it was.
 *
 * <p>Subtypes tell the refusals a caller may handle apart: {@link ChangeNotPermittedException} (the actor may
 * not make this change) and {@link EditConflictException} (someone changed the same item first).
 *
 * @since 0.1.0
 */
public class ChangeRejectedException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final PlanId plan;
  private final long version;
  private final String change;
  private final StakeholderId actor;
  private final ImmutableList<Violation> violations;

  /**
   * A change refused for these violations; a reason is a violation's message, or the whole violation (path and
   * message) when the cause is the plan's validation, whose messages need their path.
   */
  ChangeRejectedException(PlanId plan, long version, PlanChange change, StakeholderId actor,
      List<Violation> violations, @Nullable Throwable cause) {
    super(message(plan, version, change, actor, reasons(violations, cause)), cause);
    this.plan = plan;
    this.version = version;
    this.change = name(change);
    this.actor = actor;
    this.violations = ImmutableList.copyOf(violations);
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

  /**
   * Every rule the change would break, with where and why, as plan validation reports them: for example
   * {@code LIFECYCLE} at {@code commitments[kickoff].status}, "commitment 'kickoff' is DONE; ...", or
   * {@code PERMITTED_CHANGES} at {@code actor}. Never empty.
   *
   * @return the violations, in the order found
   */
  public List<Violation> violations() {
    return violations;
  }

  /** Every reason the change was refused, as text; never empty. */
  public List<String> reasons() {
    return reasons(violations, getCause());
  }

  private static List<String> reasons(List<Violation> violations, @Nullable Throwable cause) {
    boolean withPaths = cause instanceof PlanValidationException;
    return violations.stream().map(v -> withPaths ? v.toString() : v.message())
        .collect(Collectors.toUnmodifiableList());
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
