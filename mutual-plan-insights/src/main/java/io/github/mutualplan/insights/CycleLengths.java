package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * How long closed deals took: the calendar days from each plan's {@linkplain
 * io.github.mutualplan.MutualActionPlan#start() start} to the day it was closed (its closure's time in the plan's
 * zone), with their percentiles and a histogram to plot.
 *
 * <pre>{@code
 * CycleLengths won = analysis.cycleLengthsWon();
 * won.count();              // 140 deals
 * won.median();             // 63 days
 * won.histogram(14);        // [0, 3, 11, 25, ...]: deals that took 0-13 days, 14-27, 28-41, ...
 * }</pre>
 *
 * <p>Percentiles are nearest-rank, as {@link StepDurations} takes them: the {@code p}-th of {@code n} sorted lengths
 * is the {@code ceil(p * n / 100)}-th (the median of an even count is the lower middle one), so each is a length
 * that a deal took. A plan closed before its start counts 0 days.
 *
 * <p>Instances are immutable values; they hold one {@code int} a deal.
 *
 * @since 0.1.0
 */
public final class CycleLengths {
  private final int[] sorted;

  private CycleLengths(int[] sorted) {
    this.sorted = sorted;
  }

  /** The lengths of these deals, in days, each at least 0, in any order; the array is copied. */
  static CycleLengths of(int[] days, int count) {
    int[] sorted = Arrays.copyOf(days, count);
    Arrays.sort(sorted);
    return new CycleLengths(sorted);
  }

  /** How many deals: the sample size. */
  public int count() {
    return sorted.length;
  }

  /** Whether there are no deals; the percentiles are then unknown. */
  public boolean isEmpty() {
    return sorted.length == 0;
  }

  /**
   * The nearest-rank percentile of the lengths.
   *
   * @param p the percentile, 0 to 100 (0 is the shortest, 100 the longest)
   * @return a length some deal took, in days
   * @throws IllegalArgumentException if {@code p} is out of range
   * @throws IllegalStateException if there are no deals
   */
  public int percentile(int p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("p: must be 0 to 100, was " + p);
    }
    if (sorted.length == 0) {
      throw new IllegalStateException("cycle lengths: there are no deals, so no percentile " + p);
    }
    return Percentiles.nearestRank(sorted, p);
  }

  /** The shortest length; throws {@link IllegalStateException} if there are no deals. */
  public int min() {
    return percentile(0);
  }

  /** The 10th percentile; throws {@link IllegalStateException} if there are no deals. */
  public int p10() {
    return percentile(10);
  }

  /** The 25th percentile (lower quartile); throws {@link IllegalStateException} if there are no deals. */
  public int p25() {
    return percentile(25);
  }

  /** The median; throws {@link IllegalStateException} if there are no deals. */
  public int median() {
    return percentile(50);
  }

  /** The 75th percentile (upper quartile); throws {@link IllegalStateException} if there are no deals. */
  public int p75() {
    return percentile(75);
  }

  /** The 90th percentile; throws {@link IllegalStateException} if there are no deals. */
  public int p90() {
    return percentile(90);
  }

  /** The longest length; throws {@link IllegalStateException} if there are no deals. */
  public int max() {
    return percentile(100);
  }

  /**
   * A histogram of the lengths, for plotting: the count of bin {@code i} is of the deals that took
   * {@code i * binDays} to {@code (i + 1) * binDays - 1} days. To plot two groups on one axis, give both the same
   * width and pad the shorter list with zeros.
   *
   * @param binDays the width of a bin, at least 1 day
   * @return the counts from bin 0 to the bin of the longest length; none if there are no deals
   * @throws IllegalArgumentException if {@code binDays} is less than 1
   */
  public List<Integer> histogram(int binDays) {
    if (binDays < 1) {
      throw new IllegalArgumentException("binDays: must be at least 1, was " + binDays);
    }
    if (sorted.length == 0) {
      return List.of();
    }
    int[] counts = new int[sorted[sorted.length - 1] / binDays + 1];
    for (int days : sorted) {
      counts[days / binDays]++;
    }
    return Arrays.stream(counts).boxed().collect(ImmutableList.toImmutableList());
  }

  /** Whether the other holds the same lengths. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CycleLengths && Arrays.equals(sorted, ((CycleLengths) other).sorted);
  }

  /** A hash of the lengths. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }

  /** Returns the count and the percentiles, such as {@code n=40, P10 12, P25 20, P50 31, P75 45, P90 70 days}. */
  @Override
  public String toString() {
    return sorted.length == 0 ? "n=0" : "n=" + sorted.length + ", P10 " + p10() + ", P25 " + p25() + ", P50 "
        + median() + ", P75 " + p75() + ", P90 " + p90() + " days";
  }
}
