package io.github.mutualplan.risk;

import org.immutables.value.Value;

/**
 * The thresholds of the built-in risk rules. Days are working days of the side concerned unless they say
 * calendar days.
 *
 * <pre>{@code
 * RiskPolicy strict = RiskPolicy.defaults().withOverdueStalledDays(3).withStaleAfterDays(7);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskPolicy {
  RiskPolicy() {}

  /** The thresholds below, as documented. */
  public static RiskPolicy defaults() {
    return ImmutableRiskPolicy.builder().build();
  }

  /** A commitment this many working days overdue is at risk; 1. */
  @Value.Default
  public int overdueAtRiskDays() {
    return 1;
  }

  /** A commitment this many working days overdue is stalled; 7. */
  @Value.Default
  public int overdueStalledDays() {
    return 7;
  }

  /** This many overdue customer pledges show a disengaged customer; 2 (one is a warning). */
  @Value.Default
  public int missedPledgesCritical() {
    return 2;
  }

  /** Fewer engaged buyer-side people than this is single-threaded; 2. */
  @Value.Default
  public int minEngagedBuyers() {
    return 2;
  }

  /** Calendar days before the target close within which unknown or unmet criteria are a risk; 30. */
  @Value.Default
  public int criteriaHorizonDays() {
    return 30;
  }

  /** Calendar days ahead within which some open commitment should be due; 14. */
  @Value.Default
  public int nextStepHorizonDays() {
    return 14;
  }

  /** Calendar days without any change after which a plan is stale; 14. */
  @Value.Default
  public int staleAfterDays() {
    return 14;
  }

  /** Fewer steps than this risks skipping critical ones; 6. */
  @Value.Default
  public int fewestSteps() {
    return 6;
  }

  /** More steps than this is hard to keep up to date; 20. */
  @Value.Default
  public int mostSteps() {
    return 20;
  }

  /** More steps than this does no better than no plan; 30. */
  @Value.Default
  public int tooManySteps() {
    return 30;
  }

  /** A slip of this many working days or more is large; 5. */
  @Value.Default
  public int largeSlipDays() {
    return 5;
  }

  /** A commitment moved later this many times or more slips repeatedly; 2. */
  @Value.Default
  public int repeatedSlips() {
    return 2;
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #overdueAtRiskDays() overdueAtRiskDays}. */
  public abstract RiskPolicy withOverdueAtRiskDays(int value);

  /** A copy with this {@link #overdueStalledDays() overdueStalledDays}. */
  public abstract RiskPolicy withOverdueStalledDays(int value);

  /** A copy with this {@link #missedPledgesCritical() missedPledgesCritical}. */
  public abstract RiskPolicy withMissedPledgesCritical(int value);

  /** A copy with this {@link #minEngagedBuyers() minEngagedBuyers}. */
  public abstract RiskPolicy withMinEngagedBuyers(int value);

  /** A copy with this {@link #criteriaHorizonDays() criteriaHorizonDays}. */
  public abstract RiskPolicy withCriteriaHorizonDays(int value);

  /** A copy with this {@link #nextStepHorizonDays() nextStepHorizonDays}. */
  public abstract RiskPolicy withNextStepHorizonDays(int value);

  /** A copy with this {@link #staleAfterDays() staleAfterDays}. */
  public abstract RiskPolicy withStaleAfterDays(int value);

  /** A copy with this {@link #fewestSteps() fewestSteps}. */
  public abstract RiskPolicy withFewestSteps(int value);

  /** A copy with this {@link #mostSteps() mostSteps}. */
  public abstract RiskPolicy withMostSteps(int value);

  /** A copy with this {@link #tooManySteps() tooManySteps}. */
  public abstract RiskPolicy withTooManySteps(int value);

  /** A copy with this {@link #largeSlipDays() largeSlipDays}. */
  public abstract RiskPolicy withLargeSlipDays(int value);

  /** A copy with this {@link #repeatedSlips() repeatedSlips}. */
  public abstract RiskPolicy withRepeatedSlips(int value);
}
