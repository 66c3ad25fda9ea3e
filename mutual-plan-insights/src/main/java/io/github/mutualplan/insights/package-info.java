/**
 * Insights from closed plans. {@link io.github.mutualplan.insights.SyntheticDeals} makes closed histories whose
 * durations, skipped steps and wins follow a known {@link io.github.mutualplan.insights.SyntheticTruth}, through
 * the same {@link io.github.mutualplan.history.PlanEditor} as live edits, so that an analysis can be checked
 * against the truth it should find; {@link io.github.mutualplan.insights.DurationCalibrator} measures how long
 * each step of a template took in closed histories and re-issues the template with those durations.
 *
 * <pre>{@code
 * List<PlanHistory> closed = SyntheticDeals.of(plan, truth).deals(200, 42L);
 * Calibration fitted = DurationCalibrator.standard().calibrate(template, closed);
 * PlanTemplate next = fitted.template();   // a new version, durations and estimates from the 200 deals
 * }</pre>
 */
@NullMarked
package io.github.mutualplan.insights;

import org.jspecify.annotations.NullMarked;
