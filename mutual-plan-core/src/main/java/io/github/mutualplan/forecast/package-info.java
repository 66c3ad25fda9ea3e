/**
 * When a plan will close, with what probability: a Monte Carlo forecast over the commitments' three-point
 * estimates ({@link io.github.mutualplan.forecast.Forecaster}, {@link io.github.mutualplan.forecast.CloseForecast}).
 */
@NullMarked
package io.github.mutualplan.forecast;

import org.jspecify.annotations.NullMarked;
