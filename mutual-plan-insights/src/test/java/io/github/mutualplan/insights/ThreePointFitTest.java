package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mutualplan.DurationEstimate;
import org.junit.jupiter.api.Test;

/**
 * The fitted estimate's triangle, the forecast's default draw, has percentiles close to the ones it was fitted to:
 * closer than the triangle of the percentiles themselves, which is too narrow.
 */
class ThreePointFitTest {
  /** The {@code p}-quantile of the triangular distribution of an estimate, by the textbook formula. */
  static double quantile(DurationEstimate e, double p) {
    double a = e.optimistic();
    double m = e.mostLikely();
    double b = e.pessimistic();
    if (a == b) {
      return a;
    }
    double c = (m - a) / (b - a);
    return p <= c ? a + Math.sqrt(p * (b - a) * (m - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - m));
  }

  static double error(DurationEstimate e, int p10, int p50, int p90) {
    return square(quantile(e, 0.1) - p10) + square(quantile(e, 0.5) - p50) + square(quantile(e, 0.9) - p90);
  }

  private static double square(double x) {
    return x * x;
  }

  @Test
  void aLogNormalsPercentilesAreMatchedWithinTwoDays() {
    // Median 20, sigma 0.6: P10 9.3, P90 43.2, rounded 9 and 43.
    DurationEstimate fitted = ThreePointFit.of(9, 20, 43);

    assertThat(quantile(fitted, 0.1)).isCloseTo(9, within(2.0));
    assertThat(quantile(fitted, 0.5)).isCloseTo(20, within(2.0));
    assertThat(quantile(fitted, 0.9)).isCloseTo(43, within(2.0));
    // The percentiles taken as the three points make a triangle whose own P90 is 35: too narrow.
    assertThat(quantile(DurationEstimate.of(9, 20, 43), 0.9)).isLessThan(36);
  }

  @Test
  void equalPercentilesGiveAPointAndASymmetricSpreadASymmetricTriangle() {
    assertThat(ThreePointFit.of(6, 6, 6)).isEqualTo(DurationEstimate.of(6, 6, 6));
    DurationEstimate symmetric = ThreePointFit.of(30, 40, 50);
    assertThat(symmetric.mostLikely()).isEqualTo(40);
    assertThat(symmetric.optimistic() + symmetric.pessimistic()).isEqualTo(80);
    assertThat(quantile(symmetric, 0.9)).isCloseTo(50, within(0.5));
  }

  @Test
  void theFitIsNoFartherFromThePercentilesThanThePercentilesTriangle() {
    qt().forAll(integers().between(1, 200), integers().between(0, 200), integers().between(0, 400))
        .checkAssert((p10, up, further) -> {
          int p50 = p10 + up;
          int p90 = Math.min(3_000, p50 + further);
          DurationEstimate fitted = ThreePointFit.of(p10, p50, p90);
          assertThat(fitted.optimistic()).isGreaterThanOrEqualTo(1);
          assertThat(error(fitted, p10, p50, p90)).as("%d/%d/%d fitted %s", p10, p50, p90, fitted)
              .isLessThanOrEqualTo(error(DurationEstimate.of(p10, p50, p90), p10, p50, p90) + 1.5);
        });
  }
}
