package io.github.mutualplan.insights;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.PlanLimits;

/**
 * The three-point estimate whose triangular distribution, the forecast's default, comes closest to given 10th,
 * 50th and 90th percentiles: so that a forecast drawing from it is as spread as the durations it was fitted to,
 * which taking the percentiles themselves as the best and worst cases is not (a triangle from P10 to P90 has no
 * tail beyond them, and its own P10 to P90 is about half as wide).
 *
 * <p>A triangle from {@code a} to {@code b = a + w}, with its mode at the share {@code c} of the way, has the
 * quantile {@code Q(p) = a + w g(p, c)}, where {@code g(p, c) = sqrt(p c)} for {@code p <= c} and
 * {@code 1 - sqrt((1 - p)(1 - c))} above. For each {@code c} from 0 to 1 in steps of 0.001, {@code a} and
 * {@code w} follow by least squares (linear in them), with {@code a} at least 1 day; the {@code c} of the least
 * squared error wins. Right-skewed durations get a mode near the best case: the most likely days of a fitted
 * estimate are the triangle's mode, not the median, which the calibrated template's duration is. The three are
 * rounded to whole days, at most {@link PlanLimits#MAX_DURATION_DAYS}.
 */
final class ThreePointFit {
  private static final double[] P = {0.1, 0.5, 0.9};
  private static final int SHARES = 1_000;

  private ThreePointFit() {}

  /** The estimate; the percentiles are in order, each at least 1. */
  static DurationEstimate of(int p10, int p50, int p90) {
    if (p10 == p90) {
      return DurationEstimate.of(p10, p10, p10);
    }
    double[] q = {p10, p50, p90};
    double bestError = Double.POSITIVE_INFINITY;
    double bestA = p10;
    double bestW = 0;
    double bestShare = 0;
    double[] g = new double[P.length];
    for (int k = 0; k <= SHARES; k++) {
      double c = k / (double) SHARES;
      for (int i = 0; i < P.length; i++) {
        g[i] = P[i] <= c ? Math.sqrt(P[i] * c) : 1 - Math.sqrt((1 - P[i]) * (1 - c));
      }
      double[] aw = leastSquares(g, q);
      double error = 0;
      for (int i = 0; i < P.length; i++) {
        double e = aw[0] + aw[1] * g[i] - q[i];
        error += e * e;
      }
      if (error < bestError) {
        bestError = error;
        bestA = aw[0];
        bestW = aw[1];
        bestShare = c;
      }
    }
    int a = clamp(Math.round(bestA));
    int m = Math.max(a, clamp(Math.round(bestA + bestShare * bestW)));
    int b = Math.max(m, clamp(Math.round(bestA + bestW)));
    return DurationEstimate.of(a, m, b);
  }

  /** The {@code a} and {@code w >= 0} of least squares of {@code a + w g[i]} against {@code q[i]}, {@code a >= 1}. */
  private static double[] leastSquares(double[] g, double[] q) {
    int n = g.length;
    double gMean = 0;
    double qMean = 0;
    for (int i = 0; i < n; i++) {
      gMean += g[i] / n;
      qMean += q[i] / n;
    }
    double sgq = 0;
    double sgg = 0;
    for (int i = 0; i < n; i++) {
      sgq += (g[i] - gMean) * (q[i] - qMean);
      sgg += (g[i] - gMean) * (g[i] - gMean);
    }
    double w = Math.max(0, sgq / sgg);
    double a = qMean - w * gMean;
    if (a < 1) { // a whole day at best: fit the width alone from there
      a = 1;
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        num += g[i] * (q[i] - 1);
        den += g[i] * g[i];
      }
      w = Math.max(0, num / den);
    }
    return new double[] {a, w};
  }

  private static int clamp(long days) {
    return (int) Math.max(1, Math.min(PlanLimits.MAX_DURATION_DAYS, days));
  }
}
