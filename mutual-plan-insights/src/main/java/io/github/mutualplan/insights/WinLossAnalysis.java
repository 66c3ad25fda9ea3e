package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link WinLossAnalyzer} found in closed deals: how many were won and lost, the win rate by factor, how
 * long won and lost deals took, how each step went with winning, and at which stage and for which reason deals were
 * lost. {@link WinLossReport} writes it as Markdown or as an HTML page with charts.
 *
 * <pre>{@code
 * WinLossAnalysis analysis = WinLossAnalyzer.standard().analyze(closedHistories);
 * analysis.winRate();                                  // 81/263 (30.8 %)
 * analysis.factor(WinLossAnalysis.CHAMPION);           // {no=12/97 (12.4 %), yes=69/166 (41.6 %)}
 * analysis.cycleLengthsWon().median();                 // 63 days
 * analysis.step("security-review").orElseThrow();      // security-review: won 41.0 % done (n=200), ...
 * analysis.lossesByStage().get("demo-completed");      // {competitor=20, budget=11, other=3}
 * }</pre>
 *
 * <p><b>Factors.</b> {@link #factors()} holds, for each factor, each level's deals and the deals won of them, as a
 * {@link Proportion} with its Wilson interval. The built-in factors come first, in this order:
 * <ul>
 *   <li>{@value #TEMPLATE}: the identifier of the template the plan was made from ({@linkplain
 *       io.github.mutualplan.Provenance#templateId() provenance}), {@value #NONE} for a plan made without one;
 *   <li>{@value #DEAL_SIZE}: the band of the deal's value, such as {@code EUR 25,000–100,000} ({@link
 *       WinLossAnalyzer#withDealSizeBands});
 *   <li>{@value #CHAMPION}: {@value #YES} when the closed plan names a buyer-side stakeholder with the role {@link
 *       io.github.mutualplan.Role#CHAMPION}, {@value #NO} otherwise;
 *   <li>{@value #ECONOMIC_BUYER}: the same for {@link io.github.mutualplan.Role#ECONOMIC_BUYER};
 *   <li>{@value #BUYER_STAKEHOLDERS}: the buyer-side stakeholders the closed plan names: {@code 1}, {@code 2},
 *       {@code 3–4} or {@code 5+} ({@code 0} for a plan that names none);
 * </ul>
 * then the caller's factors in the order they were added ({@link WinLossAnalyzer#withFactor}). The levels of a
 * factor are sorted by name, but for the deal-size bands, which are sorted by currency and then from the smallest
 * band up, so that a table or chart reads in size order. Every factor's levels add up to all the deals.
 *
 * <p><b>Stage reached.</b> A lost deal reached a milestone when every commitment that leads to it (its {@linkplain
 * io.github.mutualplan.Commitment#milestone() milestone}) is done or cancelled, at least one of them done; the stage
 * it reached is the last such milestone in the plan's order of milestones, by its key, or {@value #NONE}. {@link
 * #lossesByStage()} counts lost deals by that stage and by the key of their close reason.
 *
 * <p>The result does not depend on the order of the deals: levels, steps, stages and reasons are in an order of
 * their own (each accessor says which). Instances are immutable values, safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WinLossAnalysis {
  /** The built-in factor of the template a plan was made from. */
  public static final String TEMPLATE = "template";
  /** The built-in factor of the band of the deal's value. */
  public static final String DEAL_SIZE = "deal-size";
  /** The built-in factor of whether the closed plan names a buyer-side champion. */
  public static final String CHAMPION = "champion";
  /** The built-in factor of whether the closed plan names a buyer-side economic buyer. */
  public static final String ECONOMIC_BUYER = "economic-buyer";
  /** The built-in factor of how many buyer-side stakeholders the closed plan names. */
  public static final String BUYER_STAKEHOLDERS = "buyer-stakeholders";
  /** The built-in factors, in the order of {@link #factors()}. */
  public static final List<String> BUILT_IN_FACTORS =
      List.of(TEMPLATE, DEAL_SIZE, CHAMPION, ECONOMIC_BUYER, BUYER_STAKEHOLDERS);
  /** The level of a yes-or-no factor when it holds. */
  public static final String YES = "yes";
  /** The level of a yes-or-no factor when it does not hold. */
  public static final String NO = "no";
  /** The level of a caller's factor whose classifier gave none. */
  public static final String UNKNOWN = "unknown";
  /** The template of a plan made without one, and the stage of a lost deal that reached no milestone. */
  public static final String NONE = "none";

  private final int won;
  private final int lost;
  private final int openSkipped;
  private final ImmutableMap<String, Map<String, Proportion>> factors;
  private final CycleLengths cycleLengthsWon;
  private final CycleLengths cycleLengthsLost;
  private final ImmutableList<StepWinLoss> steps;
  private final ImmutableMap<String, Map<String, Integer>> lossesByStage;

  WinLossAnalysis(int won, int lost, int openSkipped, ImmutableMap<String, Map<String, Proportion>> factors,
      CycleLengths cycleLengthsWon, CycleLengths cycleLengthsLost, ImmutableList<StepWinLoss> steps,
      ImmutableMap<String, Map<String, Integer>> lossesByStage) {
    this.won = won;
    this.lost = lost;
    this.openSkipped = openSkipped;
    this.factors = factors;
    this.cycleLengthsWon = cycleLengthsWon;
    this.cycleLengthsLost = cycleLengthsLost;
    this.steps = steps;
    this.lossesByStage = lossesByStage;
  }

  /** The closed deals analysed: those won and those lost. */
  public int deals() {
    return won + lost;
  }

  /** The deals won ({@link io.github.mutualplan.PlanStatus#CLOSED_WON}). */
  public int won() {
    return won;
  }

  /** The deals lost ({@link io.github.mutualplan.PlanStatus#CLOSED_LOST}). */
  public int lost() {
    return lost;
  }

  /** The plans given that were not closed, and were left out. */
  public int openSkipped() {
    return openSkipped;
  }

  /** The deals won of all the deals, with Wilson's interval. */
  public Proportion winRate() {
    return Proportion.of(won, won + lost);
  }

  /**
   * The win rate by factor: for each factor, by name, each level's deals won of its deals. The built-in factors
   * first ({@link #BUILT_IN_FACTORS}), then the caller's in the order they were added; the levels as the class
   * comment says. A level appears when at least one deal has it.
   */
  public Map<String, Map<String, Proportion>> factors() {
    return factors;
  }

  /**
   * The win rate by the levels of one factor.
   *
   * @param name the factor's name, such as {@link #CHAMPION} or a caller's {@code "segment"}
   * @return each level's deals won of its deals, as in {@link #factors()}
   * @throws IllegalArgumentException if there is no such factor
   */
  public Map<String, Proportion> factor(String name) {
    Objects.requireNonNull(name, "name");
    Map<String, Proportion> levels = factors.get(name);
    if (levels == null) {
      throw new IllegalArgumentException("name: no factor \"" + name + "\"; the factors are " + factors.keySet());
    }
    return levels;
  }

  /** How long the deals won took, in calendar days from the plan's start to the day it was closed. */
  public CycleLengths cycleLengthsWon() {
    return cycleLengthsWon;
  }

  /** How long the deals lost took, in calendar days from the plan's start to the day it was closed. */
  public CycleLengths cycleLengthsLost() {
    return cycleLengthsLost;
  }

  /**
   * How each step went with winning, by the commitment's key, in the order of the keys; a step that no deal did
   * or skipped is not here.
   */
  public List<StepWinLoss> steps() {
    return steps;
  }

  /** How the step with this key went with winning, if some deal did or skipped it. */
  public Optional<StepWinLoss> step(String key) {
    Objects.requireNonNull(key, "key");
    return steps.stream().filter(s -> s.step().equals(key)).findFirst();
  }

  /**
   * The lost deals by the stage they reached and the key of their close reason: stage, then reason, then count
   * (at least 1; a reason no deal lost at a stage for is not there).
   *
   * <p>Stages are in the order of the plans' milestones: {@value #NONE} first, then each milestone's key by the
   * earliest place it has in the milestones of a lost plan that reached it, ties by key. Reasons are the built-in
   * reasons to lose in the order of {@link io.github.mutualplan.CloseReason#builtIn()}, then a team's own by key,
   * and {@code other} last.
   */
  public Map<String, Map<String, Integer>> lossesByStage() {
    return lossesByStage;
  }

  /** The lost deals by the key of their close reason, in the order of {@link #lossesByStage()}'s reasons. */
  public Map<String, Integer> lossesByReason() {
    Map<String, Integer> byReason = new LinkedHashMap<>();
    lossesByStage.values().forEach(reasons -> reasons.forEach((reason, n) -> byReason.merge(reason, n, Integer::sum)));
    return byReason.entrySet().stream().sorted(Map.Entry.comparingByKey(WinLossAnalyzer.REASON_ORDER))
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Whether the other is an analysis with equal counts, factors, cycle lengths, steps and losses. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof WinLossAnalysis)) {
      return false;
    }
    WinLossAnalysis that = (WinLossAnalysis) other;
    return won == that.won && lost == that.lost && openSkipped == that.openSkipped && factors.equals(that.factors)
        && cycleLengthsWon.equals(that.cycleLengthsWon) && cycleLengthsLost.equals(that.cycleLengthsLost)
        && steps.equals(that.steps) && lossesByStage.equals(that.lossesByStage);
  }

  /** A hash of what {@link #equals} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(won, lost, openSkipped, factors, cycleLengthsWon, cycleLengthsLost, steps, lossesByStage);
  }

  /** Returns the counts, the win rate and every part, on one line. */
  @Override
  public String toString() {
    return "WinLossAnalysis{" + deals() + " deals, " + won + " won, " + lost + " lost, " + openSkipped
        + " open skipped; win rate " + winRate() + "; factors " + factors + "; cycle won " + cycleLengthsWon
        + ", lost " + cycleLengthsLost + "; steps " + steps + "; losses by stage " + lossesByStage + "}";
  }
}
