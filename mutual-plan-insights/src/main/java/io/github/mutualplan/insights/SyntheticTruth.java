package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The known truth behind {@linkplain SyntheticDeals synthetic deals}: the chance of winning before any step's
 * effect, and a {@link StepTruth} per step, by the step's key (the commitment's identifier), with a default for
 * the steps not named.
 *
 * <p>A deal is won with probability {@code baseWinProbability} plus the {@linkplain StepTruth#winEffect() effects}
 * of the steps it did, kept within 0 and 1.
 *
 * <pre>{@code
 * SyntheticTruth truth = SyntheticTruth.of(0.3, StepTruth.of(5, 0.4))
 *     .withStep("security-review", StepTruth.of(15, 0.6).withSkipRate(0.2).withWinEffect(0.25));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SyntheticTruth {
  private final double baseWinProbability;
  private final StepTruth defaultStep;
  private final ImmutableMap<String, StepTruth> steps;

  private SyntheticTruth(double baseWinProbability, StepTruth defaultStep, ImmutableMap<String, StepTruth> steps) {
    if (!(baseWinProbability >= 0 && baseWinProbability <= 1)) {
      throw new IllegalArgumentException("baseWinProbability: must be 0 to 1, was " + baseWinProbability);
    }
    this.baseWinProbability = baseWinProbability;
    this.defaultStep = Objects.requireNonNull(defaultStep, "defaultStep");
    this.steps = steps;
  }

  /**
   * A truth in which every step follows {@code defaultStep}.
   *
   * @param baseWinProbability the chance of winning before the steps' effects, 0 to 1
   * @param defaultStep the truth of every step not named with {@link #withStep(String, StepTruth)}
   * @return the truth
   */
  public static SyntheticTruth of(double baseWinProbability, StepTruth defaultStep) {
    return new SyntheticTruth(baseWinProbability, defaultStep, ImmutableMap.of());
  }

  /** A copy in which the step with this key follows this truth. */
  public SyntheticTruth withStep(String key, StepTruth truth) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(truth, "truth");
    return new SyntheticTruth(baseWinProbability, defaultStep,
        ImmutableMap.<String, StepTruth>builder().putAll(steps).put(key, truth).buildKeepingLast());
  }

  /** The chance of winning before the steps' effects. */
  public double baseWinProbability() {
    return baseWinProbability;
  }

  /** The truth of the steps not named. */
  public StepTruth defaultStep() {
    return defaultStep;
  }

  /** The steps named, by key. */
  public Map<String, StepTruth> steps() {
    return steps;
  }

  /** The truth of the step with this key: its own, or the default. */
  public StepTruth step(String key) {
    Objects.requireNonNull(key, "key");
    return steps.getOrDefault(key, defaultStep);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SyntheticTruth)) {
      return false;
    }
    SyntheticTruth that = (SyntheticTruth) other;
    return Double.compare(baseWinProbability, that.baseWinProbability) == 0 && defaultStep.equals(that.defaultStep)
        && steps.equals(that.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseWinProbability, defaultStep, steps);
  }

  /** Returns the base probability, the default and the named steps. */
  @Override
  public String toString() {
    return "SyntheticTruth{base " + baseWinProbability + ", default " + defaultStep + ", steps " + steps + "}";
  }
}
