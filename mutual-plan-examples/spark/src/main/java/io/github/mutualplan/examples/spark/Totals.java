package io.github.mutualplan.examples.spark;

import io.github.mutualplan.portfolio.PortfolioSummary;
import io.github.mutualplan.risk.HealthBand;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link PortfolioSummary} that Spark can add up: the plans, the open plans by band, the value at risk by
 * currency and the expected closes by month and currency of one or more plans.
 *
 * <p>A summary is a sum over its plans: each plan counts once in {@code plans()}, each open plan once in its band,
 * its value at risk is its deal value when it is not healthy, and its expected closes are its value in its months
 * (rounded for each plan and month, then added). So the summary of a group of plans is the sum of its plans'
 * summaries, each made by {@link io.github.mutualplan.portfolio.PortfolioAnalyzer} itself, and adding them is
 * exact ({@link BigDecimal#add}). {@link PortfolioSummary} is not serializable and has no sum; this is its sum,
 * with currencies by code and months as {@code 2027-05}, in order.
 */
final class Totals implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int plans;
  private final EnumMap<HealthBand, Integer> countsByBand;
  private final TreeMap<String, BigDecimal> valueAtRisk;
  private final TreeMap<String, TreeMap<String, BigDecimal>> expectedClosesByMonth;

  private Totals(int plans, EnumMap<HealthBand, Integer> countsByBand, TreeMap<String, BigDecimal> valueAtRisk,
      TreeMap<String, TreeMap<String, BigDecimal>> expectedClosesByMonth) {
    this.plans = plans;
    this.countsByBand = countsByBand;
    this.valueAtRisk = valueAtRisk;
    this.expectedClosesByMonth = expectedClosesByMonth;
  }

  /** The totals of a summary. */
  static Totals of(PortfolioSummary summary) {
    TreeMap<String, BigDecimal> atRisk = new TreeMap<>();
    summary.valueAtRisk().forEach((currency, value) -> atRisk.put(currency.getCurrencyCode(), value));
    TreeMap<String, TreeMap<String, BigDecimal>> byMonth = new TreeMap<>();
    summary.expectedClosesByMonth().forEach((month, values) -> {
      TreeMap<String, BigDecimal> byCurrency = new TreeMap<>();
      values.forEach((currency, value) -> byCurrency.put(currency.getCurrencyCode(), value));
      byMonth.put(month.toString(), byCurrency);
    });
    return new Totals(summary.plans(), new EnumMap<>(summary.countsByBand()), atRisk, byMonth);
  }

  /** The sum of these totals and others: a new value, neither is changed. */
  Totals plus(Totals other) {
    EnumMap<HealthBand, Integer> bands = new EnumMap<>(countsByBand);
    other.countsByBand.forEach((band, count) -> bands.merge(band, count, Integer::sum));
    TreeMap<String, BigDecimal> atRisk = new TreeMap<>(valueAtRisk);
    other.valueAtRisk.forEach((currency, value) -> atRisk.merge(currency, value, BigDecimal::add));
    TreeMap<String, TreeMap<String, BigDecimal>> byMonth = new TreeMap<>();
    expectedClosesByMonth.forEach((month, values) -> byMonth.put(month, new TreeMap<>(values)));
    other.expectedClosesByMonth.forEach((month, values) -> values.forEach((currency, value) ->
        byMonth.computeIfAbsent(month, m -> new TreeMap<>()).merge(currency, value, BigDecimal::add)));
    return new Totals(plans + other.plans, bands, atRisk, byMonth);
  }

  /** The plans, open and closed. */
  int plans() {
    return plans;
  }

  /** The open plans by band's name, in the order of the bands. */
  Map<String, Integer> countsByBand() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    countsByBand.forEach((band, count) -> counts.put(band.name(), count));
    return counts;
  }

  /** The value at risk by currency code, as plain decimal text (Spark's decimals have at most 38 digits). */
  Map<String, String> valueAtRisk() {
    return plain(valueAtRisk);
  }

  /** The expected closes by month ({@code 2027-05}) and currency code, as plain decimal text. */
  Map<String, Map<String, String>> expectedClosesByMonth() {
    Map<String, Map<String, String>> byMonth = new LinkedHashMap<>();
    expectedClosesByMonth.forEach((month, values) -> byMonth.put(month, plain(values)));
    return byMonth;
  }

  private static Map<String, String> plain(Map<String, BigDecimal> values) {
    Map<String, String> text = new LinkedHashMap<>();
    values.forEach((key, value) -> text.put(key, value.toPlainString()));
    return text;
  }
}
