package io.github.mutualplan.insights;

import io.github.mutualplan.history.PlanHistory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Win-loss by step: for one step, how often deals that did it were won against deals that skipped it (cancelled
 * it), with the difference of the two win rates and its interval, and how many did it late (after its due date).
 * Part of a {@link WinLossAnalysis}.
 *
 * <pre>{@code
 * for (StepWinLoss s : WinLossAnalyzer.standard().analyze(closedHistories).steps()) {
 *   if (s.differenceLower(1.96) > 0) {   // at 95 %, doing it goes with winning
 *     System.out.println(s);             // security-review: won 70.1 % done (n=1400), 19.8 % skipped (n=600)
 *   }
 * }
 * }</pre>
 *
 * <p>A deal <em>did</em> a step when the step's commitment is {@link io.github.mutualplan.CommitmentStatus#DONE
 * DONE} in the closed plan, <em>skipped</em> it when it is {@link io.github.mutualplan.CommitmentStatus#CANCELLED
 * CANCELLED}, and did it <em>late</em> when it is done and completed after its {@linkplain
 * io.github.mutualplan.Commitment#due() due date}; a step open, in progress or blocked at the close counts in
 * neither. The counts in lost deals are the totals less those in won deals: {@code done() - doneWon()}, and so on.
 *
 * <p>The interval of each rate is Wilson's score interval ({@link Proportion}); that of the difference is
 * Newcombe's hybrid score interval built from the two (Newcombe, Statistics in Medicine 17, 1998, method 10),
 * which keeps its coverage for small samples and rates near 0 or 1. A difference says that doing the step and
 * winning go together, not that the one causes the other.
 *
 * <p>Instances are immutable values.
 *
 * @since 0.1.0
 */
public final class StepWinLoss {
  private final String step;
  private final Proportion done;
  private final Proportion skipped;
  private final Proportion late;

  StepWinLoss(String step, Proportion done, Proportion skipped, Proportion late) {
    this.step = step;
    this.done = done;
    this.skipped = skipped;
    this.late = late;
  }

  /**
   * Win-loss of every step of these closed deals, by the commitment's key: the {@linkplain WinLossAnalysis#steps()
   * steps} of {@code WinLossAnalyzer.standard().analyze(histories)}. Deals not closed are left out, and so are
   * steps neither done nor skipped in any deal.
   *
   * @param histories the deals' histories; none null
   * @return the steps, in the order of their keys
   * @throws NullPointerException naming {@code histories[i]} for a null element
   */
  public static List<StepWinLoss> of(List<PlanHistory> histories) {
    Objects.requireNonNull(histories, "histories");
    return WinLossAnalyzer.standard().analyze(histories).steps();
  }

  /** The step's key: the commitment's identifier. */
  public String step() {
    return step;
  }

  /** The deals that did the step. */
  public int done() {
    return done.trials();
  }

  /** The deals that did the step and were won. */
  public int doneWon() {
    return done.successes();
  }

  /** The deals that skipped the step. */
  public int skipped() {
    return skipped.trials();
  }

  /** The deals that skipped the step and were won. */
  public int skippedWon() {
    return skipped.successes();
  }

  /** The deals that did the step after its due date: some of those that {@linkplain #done() did it}. */
  public int late() {
    return late.trials();
  }

  /** The deals that did the step after its due date and were won. */
  public int lateWon() {
    return late.successes();
  }

  /** The deals won of those that did the step, with Wilson's interval. */
  public Proportion whenDone() {
    return done;
  }

  /** The deals won of those that skipped the step, with Wilson's interval. */
  public Proportion whenSkipped() {
    return skipped;
  }

  /** The deals won of those that did the step late, with Wilson's interval. */
  public Proportion whenLate() {
    return late;
  }

  /** The win rate of the deals that did it, or NaN when none did. */
  public double winRateDone() {
    return done.rate();
  }

  /** The win rate of the deals that skipped it, or NaN when none did. */
  public double winRateSkipped() {
    return skipped.rate();
  }

  /** The win rate done less the win rate skipped, or NaN when either is unknown. */
  public double difference() {
    return winRateDone() - winRateSkipped();
  }

  /** The lower end of the difference's interval at this many standard deviations (1.96 for 95 %); NaN if unknown. */
  public double differenceLower(double z) {
    return Proportion.differenceLower(done, skipped, z);
  }

  /** The upper end of the difference's interval at this many standard deviations (1.96 for 95 %); NaN if unknown. */
  public double differenceUpper(double z) {
    return Proportion.differenceUpper(done, skipped, z);
  }

  /** Whether the other is of the same step with the same counts. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StepWinLoss)) {
      return false;
    }
    StepWinLoss that = (StepWinLoss) other;
    return step.equals(that.step) && done.equals(that.done) && skipped.equals(that.skipped)
        && late.equals(that.late);
  }

  /** A hash of the step and its counts. */
  @Override
  public int hashCode() {
    return Objects.hash(step, done, skipped, late);
  }

  /** Returns the step and the two win rates with their counts. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: won %.1f %% done (n=%d), %.1f %% skipped (n=%d)", step,
        100 * winRateDone(), done(), 100 * winRateSkipped(), skipped());
  }
}
