package io.github.mutualplan.insights;

import java.util.Locale;
import java.util.Objects;

/**
 * One band of a {@linkplain BacktestResult#reliability() reliability table}: the forecasts whose probability fell
 * in it, their mean probability and how many of their deals closed by the target close. Band {@code b} holds the
 * probabilities from {@code b / 10} up to, not including, {@code (b + 1) / 10}; the last one also holds 1.
 *
 * @since 0.1.0
 */
public final class ReliabilityBand {
  static final int BANDS = 10;

  private final int band;
  private final int forecasts;
  private final double meanForecast;
  private final int closedByTarget;

  ReliabilityBand(int band, int forecasts, double meanForecast, int closedByTarget) {
    this.band = band;
    this.forecasts = forecasts;
    this.meanForecast = meanForecast;
    this.closedByTarget = closedByTarget;
  }

  /** The band of a probability from 0 to 1. */
  static int band(double probability) {
    return Math.min(BANDS - 1, (int) Math.floor(probability * BANDS));
  }

  /** The lowest probability of the band, 0 to 0.9. */
  public double lower() {
    return band / (double) BANDS;
  }

  /** The probability the band goes up to: not included, except 1 in the last band. */
  public double upper() {
    return (band + 1) / (double) BANDS;
  }

  /** The forecasts in the band. */
  public int forecasts() {
    return forecasts;
  }

  /** The mean probability of the forecasts in the band; NaN if none. */
  public double meanForecast() {
    return meanForecast;
  }

  /** The forecasts in the band whose deal closed by the target close. */
  public int closedByTarget() {
    return closedByTarget;
  }

  /** The share of the band's forecasts whose deal closed by the target close; NaN if none. */
  public double observed() {
    return forecasts == 0 ? Double.NaN : closedByTarget / (double) forecasts;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReliabilityBand)) {
      return false;
    }
    ReliabilityBand that = (ReliabilityBand) other;
    return band == that.band && forecasts == that.forecasts && Double.compare(meanForecast, that.meanForecast) == 0
        && closedByTarget == that.closedByTarget;
  }

  @Override
  public int hashCode() {
    return Objects.hash(band, forecasts, meanForecast, closedByTarget);
  }

  /** Returns the band, its forecasts and outcomes, such as {@code [0.6, 0.7): 31 forecasts, mean 0.64, 0.61}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.1f, %.1f%s: %d forecasts, mean %.2f, observed %.2f", lower(), upper(),
        band == BANDS - 1 ? "]" : ")", forecasts, meanForecast, observed());
  }
}
