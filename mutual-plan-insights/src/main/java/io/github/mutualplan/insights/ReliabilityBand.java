package io.github.mutualplan.insights;

import java.util.Locale;
import java.util.Objects;

/**
 * One band of a {@linkplain BacktestResult#reliability() reliability table}: the events whose forecast probability
 * fell in it, their mean probability and how many of them happened (the deal closed by the event's day). Band
 * {@code b} holds the probabilities from {@code b / 10} up to, not including, {@code (b + 1) / 10}; the last one
 * also holds 1.
 *
 * @since 0.1.0
 */
public final class ReliabilityBand {
  static final int BANDS = 10;

  private final int band;
  private final int events;
  private final double meanProbability;
  private final int happened;

  ReliabilityBand(int band, int events, double meanProbability, int happened) {
    this.band = band;
    this.events = events;
    this.meanProbability = meanProbability;
    this.happened = happened;
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

  /** The events in the band. */
  public int events() {
    return events;
  }

  /** The mean probability of the events in the band; NaN if none. */
  public double meanProbability() {
    return meanProbability;
  }

  /** The events in the band that happened: the deal closed by the event's day. */
  public int happened() {
    return happened;
  }

  /** The share of the band's events that happened; NaN if none. */
  public double observed() {
    return events == 0 ? Double.NaN : happened / (double) events;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReliabilityBand)) {
      return false;
    }
    ReliabilityBand that = (ReliabilityBand) other;
    return band == that.band && events == that.events && Double.compare(meanProbability, that.meanProbability) == 0
        && happened == that.happened;
  }

  @Override
  public int hashCode() {
    return Objects.hash(band, events, meanProbability, happened);
  }

  /** Returns the band, its events and outcomes, such as {@code [0.6, 0.7): 31 events, mean 0.64, observed 0.61}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.1f, %.1f%s: %d events, mean %.2f, observed %.2f", lower(), upper(),
        band == BANDS - 1 ? "]" : ")", events, meanProbability, observed());
  }
}
