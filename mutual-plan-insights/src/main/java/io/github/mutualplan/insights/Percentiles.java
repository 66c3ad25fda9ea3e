package io.github.mutualplan.insights;

/**
 * Nearest-rank percentiles, as {@link StepDurations}, {@link CycleLengths} and {@link BacktestResult} take them:
 * the {@code p}-th of {@code n} sorted values is the {@code ceil(p * n / 100)}-th (the median of an even count is
 * the lower middle one).
 */
final class Percentiles {
  private Percentiles() {}

  /** The nearest-rank {@code p}-th percentile of sorted values, of which there is at least one; {@code p} 0 to 100. */
  static int nearestRank(int[] sorted, int p) {
    int rank = (int) Math.ceil(p * sorted.length / 100.0);
    return sorted[Math.max(rank, 1) - 1];
  }
}
