package io.github.mutualplan.insights;

import java.util.Locale;

/**
 * A count of successes out of trials, such as the deals won of the deals closed, with its rate and Wilson's score
 * interval.
 *
 * <pre>{@code
 * Proportion won = Proportion.of(81, 263);
 * won.rate();         // 0.308
 * won.lower(1.96);    // 0.2553, the 95 % interval's lower end
 * won.upper(1.96);    // 0.3662
 * }</pre>
 *
 * <p>Wilson's interval (Wilson, JASA 22, 1927; method 3 of Newcombe, Statistics in Medicine 17, 1998) is
 * <pre>
 *   (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n)
 * </pre>
 * for {@code p = successes / n}: it stays within 0 and 1 and keeps its coverage for small samples and rates near 0
 * or 1, where the textbook {@code p ± z √(p(1-p)/n)} does not. Of no trials the rate and the interval are NaN.
 *
 * <p>Instances are immutable values.
 *
 * @since 0.1.0
 */
public final class Proportion {
  private final int successes;
  private final int trials;

  private Proportion(int successes, int trials) {
    this.successes = successes;
    this.trials = trials;
  }

  /**
   * Returns a proportion.
   *
   * @param successes how many succeeded, 0 to {@code trials}
   * @param trials how many there were, at least 0
   * @return the proportion
   * @throws IllegalArgumentException naming the value out of range
   */
  public static Proportion of(int successes, int trials) {
    if (trials < 0) {
      throw new IllegalArgumentException("trials: must be at least 0, was " + trials);
    }
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException("successes: must be 0 to trials (" + trials + "), was " + successes);
    }
    return new Proportion(successes, trials);
  }

  /** How many succeeded. */
  public int successes() {
    return successes;
  }

  /** How many there were: the sample size. */
  public int trials() {
    return trials;
  }

  /** How many did not succeed. */
  public int failures() {
    return trials - successes;
  }

  /** The successes over the trials, 0 to 1; NaN of no trials. */
  public double rate() {
    return trials == 0 ? Double.NaN : successes / (double) trials;
  }

  /**
   * The lower end of Wilson's interval.
   *
   * @param z how many standard deviations: 1.96 for 95 %, 1.645 for 90 %; positive
   * @return the lower end, 0 to the rate; NaN of no trials
   * @throws IllegalArgumentException if {@code z} is not positive
   */
  public double lower(double z) {
    return wilson(z)[0];
  }

  /**
   * The upper end of Wilson's interval.
   *
   * @param z how many standard deviations: 1.96 for 95 %, 1.645 for 90 %; positive
   * @return the upper end, the rate to 1; NaN of no trials
   * @throws IllegalArgumentException if {@code z} is not positive
   */
  public double upper(double z) {
    return wilson(z)[1];
  }

  /**
   * The lower end of Newcombe's hybrid score interval of the difference {@code a.rate() - b.rate()} (Newcombe,
   * Statistics in Medicine 17, 1998, method 10), built from the two Wilson intervals; NaN if either has no trials.
   */
  static double differenceLower(Proportion a, Proportion b, double z) {
    return a.rate() - b.rate() - Math.sqrt(square(a.rate() - a.lower(z)) + square(b.upper(z) - b.rate()));
  }

  /** The upper end of Newcombe's hybrid score interval of the difference {@code a.rate() - b.rate()}. */
  static double differenceUpper(Proportion a, Proportion b, double z) {
    return a.rate() - b.rate() + Math.sqrt(square(a.upper(z) - a.rate()) + square(b.rate() - b.lower(z)));
  }

  private static double square(double x) {
    return x * x;
  }

  /** Wilson's interval: the lower and the upper end; NaN for none of none. */
  private double[] wilson(double z) {
    if (!(z > 0) || Double.isInfinite(z)) {
      throw new IllegalArgumentException("z: must be positive, was " + z);
    }
    if (trials == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double p = successes / (double) trials;
    double z2 = z * z;
    double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    double half = z / (1 + z2 / trials) * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
    // p = 0 or 1 gives an end of exactly 0 or 1 but for rounding
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Whether the other is a proportion of the same successes and trials. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Proportion)) {
      return false;
    }
    Proportion that = (Proportion) other;
    return successes == that.successes && trials == that.trials;
  }

  /** A hash of the successes and trials. */
  @Override
  public int hashCode() {
    return 31 * successes + trials;
  }

  /** Returns the counts and the rate, such as {@code 81/263 (30.8 %)}, or {@code 0/0} of no trials. */
  @Override
  public String toString() {
    return trials == 0 ? "0/0" : String.format(Locale.ROOT, "%d/%d (%.1f %%)", successes, trials, 100 * rate());
  }
}
