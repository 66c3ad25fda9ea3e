package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link ForecastBacktest}'s forecasts came true: the Brier score of the probabilities of closing by some
 * days (the events: by the target close, and within each horizon), their reliability by band, and the error of
 * the median close days.
 *
 * <p>The Brier score is the mean of {@code (p - o)²} over the events, {@code p} the probability forecast and
 * {@code o} 1 if the deal closed by the event's day, else 0: 0 is perfect, 0.25 is what always forecasting
 * 50 % scores. The {@linkplain #brierSkill() skill} compares it with always forecasting the
 * {@linkplain #baseRate() base rate}. The reliability table puts the forecasts in ten bands of probability;
 * in a reliable forecast each band's observed frequency is near its mean forecast.
 *
 * @since 0.1.0
 */
public final class BacktestResult {
  private final int deals;
  private final int leftOut;
  private final int forecasts;
  private final int events;
  private final double brierScore;
  private final double baseRate;
  private final ImmutableList<ReliabilityBand> reliability;
  private final int medianErrorDays;
  private final int medianAbsoluteErrorDays;
  private final double p80Coverage;

  private BacktestResult(int deals, int leftOut, int forecasts, int events, double brierScore, double baseRate,
      ImmutableList<ReliabilityBand> reliability, int medianErrorDays, int medianAbsoluteErrorDays,
      double p80Coverage) {
    this.deals = deals;
    this.leftOut = leftOut;
    this.forecasts = forecasts;
    this.events = events;
    this.brierScore = brierScore;
    this.baseRate = baseRate;
    this.reliability = reliability;
    this.medianErrorDays = medianErrorDays;
    this.medianAbsoluteErrorDays = medianAbsoluteErrorDays;
    this.p80Coverage = p80Coverage;
  }

  /** One forecast scored: its probabilities of closing by some days, whether the deal did, and its P50 and P80. */
  static final class Scored {
    final double[] probabilities;
    final boolean[] closedBy;
    final int daysAfterMedian;
    final boolean closedByP80;

    Scored(double[] probabilities, boolean[] closedBy, int daysAfterMedian, boolean closedByP80) {
      this.probabilities = probabilities;
      this.closedBy = closedBy;
      this.daysAfterMedian = daysAfterMedian;
      this.closedByP80 = closedByP80;
    }
  }

  static BacktestResult of(int deals, int leftOut, List<Scored> scored) {
    int n = scored.size();
    int events = 0;
    double brier = 0;
    int hits = 0;
    int byP80 = 0;
    int[] errors = new int[n];
    int[] absolute = new int[n];
    int[] bandCount = new int[ReliabilityBand.BANDS];
    double[] bandPredicted = new double[ReliabilityBand.BANDS];
    int[] bandHits = new int[ReliabilityBand.BANDS];
    for (int i = 0; i < n; i++) {
      Scored s = scored.get(i);
      for (int e = 0; e < s.probabilities.length; e++) {
        double p = s.probabilities[e];
        int outcome = s.closedBy[e] ? 1 : 0;
        brier += (p - outcome) * (p - outcome);
        hits += outcome;
        events++;
        int band = ReliabilityBand.band(p);
        bandCount[band]++;
        bandPredicted[band] += p;
        bandHits[band] += outcome;
      }
      byP80 += s.closedByP80 ? 1 : 0;
      errors[i] = s.daysAfterMedian;
      absolute[i] = Math.abs(s.daysAfterMedian);
    }
    ImmutableList.Builder<ReliabilityBand> bands = ImmutableList.builder();
    for (int b = 0; b < ReliabilityBand.BANDS; b++) {
      bands.add(new ReliabilityBand(b, bandCount[b], bandCount[b] == 0 ? Double.NaN : bandPredicted[b] / bandCount[b],
          bandHits[b]));
    }
    Arrays.sort(errors);
    Arrays.sort(absolute);
    return new BacktestResult(deals, leftOut, n, events, events == 0 ? Double.NaN : brier / events,
        events == 0 ? Double.NaN : hits / (double) events, bands.build(),
        n == 0 ? 0 : Percentiles.nearestRank(errors, 50),
        n == 0 ? 0 : Percentiles.nearestRank(absolute, 50), n == 0 ? Double.NaN : byP80 / (double) n);
  }

  /** The deals scored: those closed won. */
  public int deals() {
    return deals;
  }

  /** The histories left out: not closed, or closed lost. */
  public int leftOut() {
    return leftOut;
  }

  /** The forecasts scored, several per deal. */
  public int forecasts() {
    return forecasts;
  }

  /** The events scored: for each forecast, closing by the target close and within each horizon. */
  public int events() {
    return events;
  }

  /** The mean squared error of the events' probabilities, 0 (perfect) to 1; NaN if none. */
  public double brierScore() {
    return brierScore;
  }

  /** The share of the events that happened: deals closed by the day of the event; NaN if none. */
  public double baseRate() {
    return baseRate;
  }

  /**
   * The Brier skill score against always forecasting the base rate: {@code 1 - brier / (base * (1 - base))};
   * above 0 the forecasts know more than the base rate, 1 is perfect; NaN if none or the base rate is 0 or 1.
   */
  public double brierSkill() {
    double reference = baseRate * (1 - baseRate);
    return reference > 0 ? 1 - brierScore / reference : Double.NaN;
  }

  /** The ten bands of forecast probability, from [0, 0.1) to [0.9, 1], each with its events and outcomes. */
  public List<ReliabilityBand> reliability() {
    return reliability;
  }

  /**
   * The median, over the forecasts, of the calendar days from the forecast median close (P50) to the day the deal
   * closed: above 0 the deals closed later than forecast. Nearest-rank, as {@link StepDurations}; 0 if none.
   */
  public int medianErrorDays() {
    return medianErrorDays;
  }

  /** The median of the absolute calendar days between the forecast median close and the day the deal closed. */
  public int medianAbsoluteErrorDays() {
    return medianAbsoluteErrorDays;
  }

  /** The share of the forecasts whose deal closed on or before their P80 day: 0.8 in a well-spread forecast. */
  public double p80Coverage() {
    return p80Coverage;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BacktestResult)) {
      return false;
    }
    BacktestResult that = (BacktestResult) other;
    return deals == that.deals && leftOut == that.leftOut && forecasts == that.forecasts
        && events == that.events && Double.compare(brierScore, that.brierScore) == 0
        && Double.compare(baseRate, that.baseRate) == 0
        && reliability.equals(that.reliability) && medianErrorDays == that.medianErrorDays
        && medianAbsoluteErrorDays == that.medianAbsoluteErrorDays
        && Double.compare(p80Coverage, that.p80Coverage) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(deals, forecasts, brierScore, reliability, medianErrorDays, p80Coverage);
  }

  /** Returns the counts and scores, such as {@code BacktestResult{40 deals (3 left out), 212 forecasts, ...}}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BacktestResult{%d deals (%d left out), %d forecasts, %d events, Brier %.3f"
        + " (skill %.2f, base rate %.2f), P50 error median %+d days (absolute %d), P80 coverage %.2f}", deals,
        leftOut, forecasts, events, brierScore, brierSkill(), baseRate, medianErrorDays, medianAbsoluteErrorDays,
        p80Coverage);
  }
}
