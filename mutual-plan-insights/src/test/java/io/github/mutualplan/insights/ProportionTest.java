package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ProportionTest {
  @Test
  void wilsonsIntervalIsTheOneNewcombePublished() {
    // Newcombe, Statistics in Medicine 17 (1998) 857-872, table I, method 3 (score interval without correction)
    assertInterval(Proportion.of(81, 263), 0.2553, 0.3662);
    assertInterval(Proportion.of(15, 148), 0.0624, 0.1605);
    assertInterval(Proportion.of(0, 20), 0, 0.1611);
    assertInterval(Proportion.of(1, 29), 0.0061, 0.1718);
    assertInterval(Proportion.of(8, 10), 0.4902, 0.9433);
  }

  @Test
  void aProportionIsItsCountsWithTheirRate() {
    Proportion won = Proportion.of(81, 263);

    assertThat(won.rate()).isCloseTo(0.308, within(0.001));
    assertThat(won.failures()).isEqualTo(182);
    assertThat(won).hasToString("81/263 (30.8 %)").isEqualTo(Proportion.of(81, 263))
        .hasSameHashCodeAs(Proportion.of(81, 263)).isNotEqualTo(Proportion.of(81, 264));
    assertThat(Proportion.of(0, 0).rate()).isNaN();
    assertThat(Proportion.of(0, 0).lower(1.96)).isNaN();
    assertThat(Proportion.of(0, 0)).hasToString("0/0");
  }

  @Test
  void theIntervalHoldsTheRateWithinZeroAndOneAndWidensWithConfidence() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 5000)).checkAssert((n, m) -> {
      int k = m % (n + 1);
      Proportion p = Proportion.of(k, n);
      assertThat(p.lower(1.96)).isBetween(0.0, p.rate() + 1e-12);
      assertThat(p.upper(1.96)).isBetween(p.rate() - 1e-12, 1.0);
      assertThat(p.lower(2.576)).isLessThanOrEqualTo(p.lower(1.96) + 1e-12);
      assertThat(p.upper(2.576)).isGreaterThanOrEqualTo(p.upper(1.96) - 1e-12);
      // symmetric: the interval of the failures is the mirror image
      assertThat(Proportion.of(n - k, n).lower(1.96)).isCloseTo(1 - p.upper(1.96), within(1e-12));
    });
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> Proportion.of(3, 2)).hasMessage("successes: must be 0 to trials (2), was 3");
    assertThatThrownBy(() -> Proportion.of(-1, 2)).hasMessage("successes: must be 0 to trials (2), was -1");
    assertThatThrownBy(() -> Proportion.of(0, -1)).hasMessage("trials: must be at least 0, was -1");
    assertThatThrownBy(() -> Proportion.of(1, 2).lower(0)).hasMessage("z: must be positive, was 0.0");
    assertThatThrownBy(() -> Proportion.of(1, 2).upper(Double.NaN)).hasMessage("z: must be positive, was NaN");
  }

  private static void assertInterval(Proportion p, double lower, double upper) {
    assertThat(p.lower(1.96)).as("lower end of %s", p).isCloseTo(lower, within(0.00005));
    assertThat(p.upper(1.96)).as("upper end of %s", p).isCloseTo(upper, within(0.00005));
  }
}
