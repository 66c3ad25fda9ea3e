/**
 * Insights from closed plans. {@link io.github.mutualplan.insights.WinLossAnalyzer} analyses won and lost deals:
 * the win rate by factor (template, deal size, champion, economic buyer, buyer stakeholders and the caller's own,
 * such as segment or industry) with Wilson's intervals, the cycle lengths of won and lost deals, how each step went
 * with winning ({@link io.github.mutualplan.insights.StepWinLoss}, with Newcombe's interval of the difference), and
 * the losses by stage reached and reason; {@link io.github.mutualplan.insights.WinLossReport} writes the analysis
 * as Markdown or as a self-contained HTML page with SVG charts. {@link io.github.mutualplan.insights.SyntheticDeals}
 * makes closed histories whose durations, skipped steps, wins and close reasons follow a known {@link
 * io.github.mutualplan.insights.SyntheticTruth}, through the same {@link io.github.mutualplan.history.PlanEditor}
 * as live edits, so that an analysis can be checked against the truth it should find; {@link
 * io.github.mutualplan.insights.DurationCalibrator} measures how long each step of a template took in closed
 * histories and re-issues the template with those durations; {@link
 * io.github.mutualplan.insights.ForecastBacktest} replays closed deals as of past days and scores the forecasts
 * against what happened, as planned or with calibrated estimates.
 *
 * <pre>{@code
 * List<PlanHistory> closed = SyntheticDeals.of(plan, truth).deals(200, 42L);
 * WinLossAnalysis analysis = WinLossAnalyzer.standard().analyze(closed);
 * String page = WinLossReport.of(analysis).html();             // charts and tables, nothing fetched
 * Calibration fitted = DurationCalibrator.standard().calibrate(template, closed);
 * PlanTemplate next = fitted.template();   // a new version, durations and estimates from the 200 deals
 * BacktestResult checked = ForecastBacktest.of(forecaster).withEstimates(fitted).run(laterDeals);
 * }</pre>
 */
@NullMarked
package io.github.mutualplan.insights;

import org.jspecify.annotations.NullMarked;
