package io.github.mutualplan.portfolio;

import io.github.mutualplan.risk.HealthBand;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The portfolio at a glance: how many open plans are in each health band, the value at risk, and the value
 * expected to close each month. Values are kept apart by currency: the library converts no money.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PortfolioSummary {
  PortfolioSummary() {}

  /** The plans analyzed, open and closed. */
  public abstract int plans();

  /** The open plans in each band. */
  public abstract Map<HealthBand, Integer> countsByBand();

  /** The deal value of the open plans that are not healthy, by currency. */
  public abstract Map<Currency, BigDecimal> valueAtRisk();

  /**
   * The deal value expected to close in each month, by currency: each open plan's value in the month of its
   * projected close, or spread over the months by the forecast's probabilities when there is one.
   */
  @Value.NaturalOrder
  public abstract SortedMap<YearMonth, Map<Currency, BigDecimal>> expectedClosesByMonth();
}
