package io.github.mutualplan.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link PortfolioAnalyzer} found: every plan's result, in the order given, and the summary.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PortfolioReport {
  PortfolioReport() {}

  /** The day of the analysis. */
  public abstract LocalDate asOf();

  /** Each plan's result, in the order the plans were given. */
  public abstract List<PlanResult> results();

  /** The summary. */
  public abstract PortfolioSummary summary();
}
