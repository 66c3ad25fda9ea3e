package io.github.mutualplan.insights;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.PlanLimits;
import java.util.Objects;

/**
 * The known truth of one step in {@linkplain SyntheticDeals synthetic deals}: how long it takes, how often it is
 * skipped, and how doing it changes the chance of winning.
 *
 * <p>The working days a done step takes are log-normal, rounded to a whole day: {@code round(median * exp(spread
 * * Z))} with {@code Z} standard normal, at least 1 and at most {@link PlanLimits#MAX_DURATION_DAYS}. Rounding
 * keeps the median, so the median of the drawn durations is {@link #medianDays()}; the {@code q}-quantile is
 * {@code round(median * exp(spread * Φ⁻¹(q)))}, about {@code median * exp(-1.28 * spread)} at P10 and
 * {@code median * exp(1.28 * spread)} at P90.
 *
 * <pre>{@code
 * StepTruth legal = StepTruth.of(10, 0.5)   // median 10 working days, P90 near 19
 *     .withSkipRate(0.1)                    // skipped in one deal of ten
 *     .withWinEffect(0.15);                 // done, it adds 15 points to the chance of winning
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StepTruth {
  /** The standard normal's 90th percentile, Φ⁻¹(0.9). */
  private static final double Z90 = 1.2815515655446004;

  private final int medianDays;
  private final double spread;
  private final double skipRate;
  private final double winEffect;

  private StepTruth(int medianDays, double spread, double skipRate, double winEffect) {
    if (medianDays < 1 || medianDays > PlanLimits.MAX_DURATION_DAYS) {
      throw new IllegalArgumentException("medianDays: must be 1 to " + PlanLimits.MAX_DURATION_DAYS + ", was "
          + medianDays);
    }
    if (!(spread >= 0 && spread <= 3)) {
      throw new IllegalArgumentException("spread: must be 0 to 3 (the sigma of the log-normal), was " + spread);
    }
    if (!(skipRate >= 0 && skipRate <= 1)) {
      throw new IllegalArgumentException("skipRate: must be 0 to 1, was " + skipRate);
    }
    if (!(winEffect >= -1 && winEffect <= 1)) {
      throw new IllegalArgumentException("winEffect: must be -1 to 1, was " + winEffect);
    }
    this.medianDays = medianDays;
    this.spread = spread;
    this.skipRate = skipRate;
    this.winEffect = winEffect;
  }

  /**
   * A step that is never skipped and has no effect on winning.
   *
   * @param medianDays the median of its working days, 1 to {@link PlanLimits#MAX_DURATION_DAYS}
   * @param spread the sigma of the log-normal, 0 (always the median) to 3
   * @return the truth
   * @throws IllegalArgumentException naming the value out of range
   */
  public static StepTruth of(int medianDays, double spread) {
    return new StepTruth(medianDays, spread, 0, 0);
  }

  /** The median of its working days. */
  public int medianDays() {
    return medianDays;
  }

  /** The sigma of the log-normal its working days follow. */
  public double spread() {
    return spread;
  }

  /** The probability that a deal skips (cancels) it, 0 to 1. */
  public double skipRate() {
    return skipRate;
  }

  /** What a deal that does it adds to its probability of winning, -1 to 1; a skipped step adds nothing. */
  public double winEffect() {
    return winEffect;
  }

  /**
   * The three-point estimate of the true durations: fitted, as {@link StepDurations#estimate()} is, to the 10th
   * percentile, the median and the 90th percentile of the log-normal, each rounded as a draw is. What a
   * forecaster that knew the truth would estimate.
   */
  public DurationEstimate estimate() {
    return ThreePointFit.of(SyntheticDeals.draw(this, -Z90), medianDays, SyntheticDeals.draw(this, Z90));
  }

  /** A copy with this {@link #skipRate() skip rate}, 0 to 1. */
  public StepTruth withSkipRate(double value) {
    return new StepTruth(medianDays, spread, value, winEffect);
  }

  /** A copy with this {@link #winEffect() effect on winning}, -1 to 1. */
  public StepTruth withWinEffect(double value) {
    return new StepTruth(medianDays, spread, skipRate, value);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StepTruth)) {
      return false;
    }
    StepTruth that = (StepTruth) other;
    return medianDays == that.medianDays && Double.compare(spread, that.spread) == 0
        && Double.compare(skipRate, that.skipRate) == 0 && Double.compare(winEffect, that.winEffect) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(medianDays, spread, skipRate, winEffect);
  }

  /** Returns the four values, for example {@code StepTruth{median 10 days, spread 0.5, skip 0.1, win +0.15}}. */
  @Override
  public String toString() {
    return "StepTruth{median " + medianDays + " days, spread " + spread + ", skip " + skipRate + ", win "
        + (winEffect >= 0 ? "+" : "") + winEffect + "}";
  }
}
