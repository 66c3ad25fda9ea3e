package io.github.mutualplan.store;

import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanId;

/**
 * Thrown when a tenant asks for a plan it has not stored: none with that identifier, or another tenant's.
 *
 * @since 0.1.0
 */
public final class PlanNotFoundException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  PlanNotFoundException(TenantId tenant, PlanId plan) {
    super("plan: no plan '" + plan + "' is stored for tenant '" + tenant + "'");
  }
}
