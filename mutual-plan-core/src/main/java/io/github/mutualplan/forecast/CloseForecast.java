package io.github.mutualplan.forecast;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.PlanId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * When a plan will close, as a distribution: the probability of closing by the target date, the close dates
 * of the 50th, 80th and 95th percentiles, how often each commitment was on the critical path, and the
 * expected slip past the target.
 *
 * <pre>{@code
 * CloseForecast f = Forecaster.of(options).forecast(plan);
 * System.out.printf("%.0f%% by %s; P80 %s; security review critical in %.0f%% of trials%n",
 *     100 * f.probabilityByTarget(), f.targetClose(), f.p80(),
 *     100 * f.criticality().get(CommitmentId.of("security-review")));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CloseForecast {
  CloseForecast() {}

  /**
   * Returns a forecast with these figures. {@link Forecaster} makes forecasts; this factory is for restoring a
   * stored one, for example from JSON.
   *
   * @param plan the plan forecast
   * @param version the plan version forecast
   * @param trials the number of trials, at least 1
   * @param seed the seed of the draws
   * @param targetClose the plan's target close
   * @param closeDays how many trials closed on each day: counts of at least 1 that add up to {@code trials}
   * @param criticality for each scheduled commitment, the share of trials it was critical in, from 0 to 1
   * @param expectedSlipDays the mean slip past the target close in working days, 0 or more
   * @return the forecast
   * @throws IllegalArgumentException if the figures do not fit together
   */
  public static CloseForecast of(PlanId plan, long version, int trials, long seed, LocalDate targetClose,
      Map<LocalDate, Integer> closeDays, Map<CommitmentId, Double> criticality, double expectedSlipDays) {
    Objects.requireNonNull(closeDays, "closeDays");
    Objects.requireNonNull(criticality, "criticality");
    if (trials < 1) {
      throw new IllegalArgumentException("trials: at least 1, was " + trials);
    }
    long closed = 0;
    for (Map.Entry<LocalDate, Integer> day : closeDays.entrySet()) {
      if (day.getValue() == null || day.getValue() < 1) {
        throw new IllegalArgumentException("closeDays[" + day.getKey() + "]: at least 1 trial, was " + day.getValue());
      }
      closed += day.getValue();
    }
    if (closed != trials) {
      throw new IllegalArgumentException("closeDays: the counts add up to " + closed + ", not to the " + trials
          + " trials");
    }
    criticality.forEach((commitment, share) -> {
      if (share == null || !(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("criticality[" + commitment + "]: a share from 0 to 1, was " + share);
      }
    });
    if (!(expectedSlipDays >= 0) || Double.isInfinite(expectedSlipDays)) {
      throw new IllegalArgumentException("expectedSlipDays: 0 or more, was " + expectedSlipDays);
    }
    return ImmutableCloseForecast.builder().plan(plan).version(version).trials(trials).seed(seed)
        .targetClose(targetClose).closeDays(closeDays).criticality(criticality).expectedSlipDays(expectedSlipDays)
        .build();
  }

  /** The plan forecast. */
  public abstract PlanId plan();

  /** The plan version forecast. */
  public abstract long version();

  /** The number of trials. */
  public abstract int trials();

  /** The seed of the draws. */
  public abstract long seed();

  /** The plan's target close. */
  public abstract LocalDate targetClose();

  /** How many trials closed on each day, by day. */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, Integer> closeDays();

  /** For each scheduled commitment, the share of trials in which it was on the critical path, from 0 to 1. */
  public abstract Map<CommitmentId, Double> criticality();

  /** The mean of the working days of the seller by which the close passes the target close (0 when it does not). */
  public abstract double expectedSlipDays();

  /** The share of trials that closed on or before the target close. */
  public final double probabilityByTarget() {
    return probabilityBy(targetClose());
  }

  /** The share of trials that closed on or before a day. */
  public final double probabilityBy(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return closeDays().headMap(day.plusDays(1)).values().stream().mapToInt(Integer::intValue).sum()
        / (double) trials();
  }

  /** The share of trials that closed in a month. */
  public final double probabilityIn(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return closeDays().subMap(month.atDay(1), month.plusMonths(1).atDay(1)).values().stream()
        .mapToInt(Integer::intValue).sum() / (double) trials();
  }

  /**
   * The close day of a percentile: the first day by which at least that share of trials had closed.
   *
   * @param share from 0 (exclusive) to 1
   */
  public final LocalDate percentile(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share: must be more than 0 and at most 1 (was " + share + ")");
    }
    long needed = (long) Math.ceil(share * trials());
    long seen = 0;
    for (Map.Entry<LocalDate, Integer> day : closeDays().entrySet()) {
      seen += day.getValue();
      if (seen >= needed) {
        return day.getKey();
      }
    }
    return closeDays().lastKey();
  }

  /** The median close. */
  public final LocalDate p50() {
    return percentile(0.5);
  }

  /** The close by which four deals in five close. */
  public final LocalDate p80() {
    return percentile(0.8);
  }

  /** The close by which nineteen deals in twenty close. */
  public final LocalDate p95() {
    return percentile(0.95);
  }

  /** Returns the plan, the probability by the target close and the percentiles. */
  @Override
  public final String toString() {
    return "CloseForecast{plan=" + plan() + ", trials=" + trials() + ", P(by " + targetClose() + ")="
        + String.format(java.util.Locale.ROOT, "%.3f", probabilityByTarget()) + ", P50=" + p50() + ", P80=" + p80()
        + ", P95=" + p95() + "}";
  }
}
