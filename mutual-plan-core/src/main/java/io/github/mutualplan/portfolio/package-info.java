/**
 * Many plans at once: {@link io.github.mutualplan.portfolio.PortfolioAnalyzer} assesses and forecasts each plan
 * as of one day and sums them up ({@link io.github.mutualplan.portfolio.PortfolioReport}).
 */
@NullMarked
package io.github.mutualplan.portfolio;

import org.jspecify.annotations.NullMarked;
