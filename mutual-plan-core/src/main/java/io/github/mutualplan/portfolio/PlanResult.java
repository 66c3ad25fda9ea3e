package io.github.mutualplan.portfolio;

import io.github.mutualplan.Deal;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.risk.RiskReport;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One plan of a portfolio: its deal, status, risk report and, when asked for, its forecast.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanResult {
  PlanResult() {}

  /** The plan. */
  public abstract PlanId plan();

  /** Its deal. */
  public abstract Deal deal();

  /** Its status. */
  public abstract PlanStatus status();

  /** Its risk. */
  public abstract RiskReport risk();

  /** Its forecast, when the analyzer forecasts. */
  public abstract Optional<CloseForecast> forecast();
}
