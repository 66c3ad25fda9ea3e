package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.PlanStatus;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * The known truth behind {@linkplain SyntheticDeals synthetic deals}: the chance of winning before any step's
 * effect, and a {@link StepTruth} per step, by the step's key (the commitment's identifier), with a default for
 * the steps not named.
 *
 * <p>A deal is won with probability {@code baseWinProbability} plus the {@linkplain StepTruth#winEffect() effects}
 * of the steps it did, kept within 0 and 1. It is then closed with a reason drawn for it: a reason to win drawn from
 * {@link #winReasons()}, or one to lose from {@link #lossReasons()}, each with a chance proportional to its weight
 * ({@code other} of the outcome unless set).
 *
 * <pre>{@code
 * SyntheticTruth truth = SyntheticTruth.of(0.3, StepTruth.of(5, 0.4))
 *     .withStep("security-review", StepTruth.of(15, 0.6).withSkipRate(0.2).withWinEffect(0.25))
 *     .withLossReasons(Map.of(CloseReason.COMPETITOR, 3.0, CloseReason.BUDGET, 1.0));  // 3 to 1
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SyntheticTruth {
  private final double baseWinProbability;
  private final StepTruth defaultStep;
  private final ImmutableMap<String, StepTruth> steps;
  private final ImmutableMap<CloseReason, Double> winReasons;
  private final ImmutableMap<CloseReason, Double> lossReasons;

  private SyntheticTruth(double baseWinProbability, StepTruth defaultStep, ImmutableMap<String, StepTruth> steps,
      ImmutableMap<CloseReason, Double> winReasons, ImmutableMap<CloseReason, Double> lossReasons) {
    if (!(baseWinProbability >= 0 && baseWinProbability <= 1)) {
      throw new IllegalArgumentException("baseWinProbability: must be 0 to 1, was " + baseWinProbability);
    }
    this.baseWinProbability = baseWinProbability;
    this.defaultStep = Objects.requireNonNull(defaultStep, "defaultStep");
    this.steps = steps;
    this.winReasons = winReasons;
    this.lossReasons = lossReasons;
  }

  /**
   * A truth in which every step follows {@code defaultStep}.
   *
   * @param baseWinProbability the chance of winning before the steps' effects, 0 to 1
   * @param defaultStep the truth of every step not named with {@link #withStep(String, StepTruth)}
   * @return the truth
   */
  public static SyntheticTruth of(double baseWinProbability, StepTruth defaultStep) {
    return new SyntheticTruth(baseWinProbability, defaultStep, ImmutableMap.of(),
        ImmutableMap.of(CloseReason.WON_OTHER, 1.0), ImmutableMap.of(CloseReason.LOST_OTHER, 1.0));
  }

  /** A copy in which the step with this key follows this truth. */
  public SyntheticTruth withStep(String key, StepTruth truth) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(truth, "truth");
    return new SyntheticTruth(baseWinProbability, defaultStep,
        ImmutableMap.<String, StepTruth>builder().putAll(steps).put(key, truth).buildKeepingLast(), winReasons,
        lossReasons);
  }

  /**
   * A copy in which won deals are closed with these reasons, each drawn with a chance proportional to its weight.
   *
   * @param weights reasons to win and their weights: at least one reason, each weight finite and at least 0, not
   *     all 0
   * @return the truth
   * @throws IllegalArgumentException naming the reason or weight that is not valid
   */
  public SyntheticTruth withWinReasons(Map<CloseReason, Double> weights) {
    return new SyntheticTruth(baseWinProbability, defaultStep, steps,
        reasons("winReasons", weights, PlanStatus.CLOSED_WON), lossReasons);
  }

  /**
   * A copy in which lost deals are closed with these reasons, each drawn with a chance proportional to its weight.
   *
   * @param weights reasons to lose and their weights: at least one reason, each weight finite and at least 0, not
   *     all 0
   * @return the truth
   * @throws IllegalArgumentException naming the reason or weight that is not valid
   */
  public SyntheticTruth withLossReasons(Map<CloseReason, Double> weights) {
    return new SyntheticTruth(baseWinProbability, defaultStep, steps, winReasons,
        reasons("lossReasons", weights, PlanStatus.CLOSED_LOST));
  }

  /** Checks weights of reasons and orders them by key, so that the same weights draw the same reasons. */
  private static ImmutableMap<CloseReason, Double> reasons(String field, Map<CloseReason, Double> weights,
      PlanStatus outcome) {
    Objects.requireNonNull(weights, field);
    if (weights.isEmpty()) {
      throw new IllegalArgumentException(field + ": must name at least one reason, was empty");
    }
    double total = 0;
    for (Map.Entry<CloseReason, Double> e : weights.entrySet()) {
      CloseReason reason = Objects.requireNonNull(e.getKey(), field + "[null]");
      Double weight = Objects.requireNonNull(e.getValue(), field + "[" + reason.key() + "]");
      if (reason.outcome() != outcome) {
        throw new IllegalArgumentException(field + "[" + reason.key() + "]: must be a reason to "
            + (outcome == PlanStatus.CLOSED_WON ? "win" : "lose") + ", was " + reason);
      }
      if (!(weight >= 0) || weight.isInfinite()) {
        throw new IllegalArgumentException(field + "[" + reason.key() + "]: the weight must be finite and at least 0,"
            + " was " + weight);
      }
      total += weight;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException(field + ": the weights must not all be 0, were " + weights.values());
    }
    return weights.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(CloseReason::key)))
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The reasons won deals are closed with and their weights, by key; {@code other} alone unless set. */
  public Map<CloseReason, Double> winReasons() {
    return winReasons;
  }

  /** The reasons lost deals are closed with and their weights, by key; {@code other} alone unless set. */
  public Map<CloseReason, Double> lossReasons() {
    return lossReasons;
  }

  /** The reason of a won or a lost deal whose uniform draw, 0 (included) to 1, is {@code u}. */
  CloseReason reason(boolean won, double u) {
    ImmutableMap<CloseReason, Double> weights = won ? winReasons : lossReasons;
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double left = u * total;
    CloseReason last = weights.keySet().iterator().next();
    for (Map.Entry<CloseReason, Double> e : weights.entrySet()) {
      if (e.getValue() > 0) {
        last = e.getKey();
        if (left < e.getValue()) {
          return last;
        }
        left -= e.getValue();
      }
    }
    return last; // rounding: the last reason of some weight
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
        && steps.equals(that.steps) && winReasons.equals(that.winReasons) && lossReasons.equals(that.lossReasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseWinProbability, defaultStep, steps, winReasons, lossReasons);
  }

  /** Returns the base probability, the default and the named steps, and the reasons' weights. */
  @Override
  public String toString() {
    return "SyntheticTruth{base " + baseWinProbability + ", default " + defaultStep + ", steps " + steps
        + ", win reasons " + winReasons + ", loss reasons " + lossReasons + "}";
  }
}
