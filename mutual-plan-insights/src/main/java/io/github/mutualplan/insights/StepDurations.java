package io.github.mutualplan.insights;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.PlanLimits;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The working days one step of a template took in closed deals: the sample size, the 10th, 50th and 90th
 * percentiles, and the three-point estimate fitted to them.
 *
 * <p>Percentiles are nearest-rank: the {@code p}-th of {@code n} sorted durations is the
 * {@code ceil(p * n / 100)}-th (the median of an even count is the lower middle one). The
 * {@linkplain #estimate() estimate} is the three-point estimate whose triangular distribution (the forecast's
 * default) has percentiles closest to these three, by least squares: so that the forecast draws durations as
 * spread as the deals' were. It is fitted to P10, P50 and P90 rather than to the extremes, which one odd deal
 * would set; its best and worst cases lie beyond P10 and P90, and its most likely days, the triangle's mode, lie
 * below the median when the durations are skewed to the right, as they usually are.
 *
 * @since 0.1.0
 */
public final class StepDurations {
  private final String step;
  private final Optional<String> segment;
  private final int sampleSize;
  private final int p10;
  private final int median;
  private final int p90;

  private StepDurations(String step, Optional<String> segment, int sampleSize, int p10, int median, int p90) {
    this.step = step;
    this.segment = segment;
    this.sampleSize = sampleSize;
    this.p10 = p10;
    this.median = median;
    this.p90 = p90;
  }

  /** Fits a step's durations, each of them at least 1 working day; there is at least one. */
  static StepDurations fit(String step, Optional<String> segment, int[] days) {
    int[] sorted = days.clone();
    Arrays.sort(sorted);
    return new StepDurations(step, segment, sorted.length, percentile(sorted, 10), percentile(sorted, 50),
        percentile(sorted, 90));
  }

  /** The nearest-rank percentile of sorted values, capped to the model's longest duration. */
  static int percentile(int[] sorted, int p) {
    return Math.min(PlanLimits.MAX_DURATION_DAYS, Percentiles.nearestRank(sorted, p));
  }

  /** The step's key. */
  public String step() {
    return step;
  }

  /** The segment whose deals the durations come from; empty when they come from all deals. */
  public Optional<String> segment() {
    return segment;
  }

  /** How many deals did the step: the durations measured. */
  public int sampleSize() {
    return sampleSize;
  }

  /** The 10th percentile of the working days. */
  public int p10() {
    return p10;
  }

  /** The median of the working days. */
  public int median() {
    return median;
  }

  /** The 90th percentile of the working days. */
  public int p90() {
    return p90;
  }

  /** The three-point estimate fitted to the percentiles (see the class). */
  public DurationEstimate estimate() {
    return ThreePointFit.of(p10, median, p90);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StepDurations)) {
      return false;
    }
    StepDurations that = (StepDurations) other;
    return step.equals(that.step) && segment.equals(that.segment) && sampleSize == that.sampleSize
        && p10 == that.p10 && median == that.median && p90 == that.p90;
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, segment, sampleSize, p10, median, p90);
  }

  /**
   * Returns the step, where from, the sample size, the percentiles and the estimate, such as
   * {@code demo (all deals, n=40): P10 2, P50 3, P90 7; estimate 1/2/9}.
   */
  @Override
  public String toString() {
    return step + " (" + segment.map(s -> "segment " + s).orElse("all deals") + ", n=" + sampleSize + "): P10 "
        + p10 + ", P50 " + median + ", P90 " + p90 + "; estimate " + estimate();
  }
}
