package io.github.mutualplan.store;

import io.github.mutualplan.MutualPlanException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the store fails: the database refuses or cannot be reached (the {@link java.sql.SQLException} is
 * the cause), or what it holds does not read or verify (a row edited or forged outside the store; the cause
 * says what is wrong with it). The message names the tenant, the plan and the row. A failed call changes
 * nothing: its transaction is rolled back.
 *
 * @since 0.1.0
 */
public final class PlanStoreException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  PlanStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
