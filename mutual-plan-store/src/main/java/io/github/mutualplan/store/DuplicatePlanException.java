package io.github.mutualplan.store;

import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanId;

/**
 * Thrown when a tenant creates a plan with the identifier of one it has stored already.
 *
 * @since 0.1.0
 */
public final class DuplicatePlanException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  DuplicatePlanException(TenantId tenant, PlanId plan) {
    super("plan: tenant '" + tenant + "' has stored a plan '" + plan + "' already; append changes to it, or "
        + "delete it first");
  }
}
