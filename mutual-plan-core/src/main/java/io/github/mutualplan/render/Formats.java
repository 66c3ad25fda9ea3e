package io.github.mutualplan.render;

import io.github.mutualplan.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a document writes dates, money and numbers: as its locale writes them ({@code Jul 12, 2027},
 * {@code $480,000.00} in English; {@code 12 июл. 2027 г.}, {@code 480 000,00 $} in Russian), or with ISO dates
 * for the plain-text formats that other programs read back. Immutable; the JDK's formatters are made per call, as
 * {@link NumberFormat} is not thread-safe.
 */
final class Formats {
  private final Locale locale;
  private final boolean isoDates;
  private final DateTimeFormatter date;
  private final DateTimeFormatter month;
  private final DateTimeFormatter day;

  private Formats(Locale locale, boolean isoDates) {
    this.locale = locale;
    this.isoDates = isoDates;
    this.date = isoDates ? DateTimeFormatter.ISO_LOCAL_DATE
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.month = DateTimeFormatter.ofPattern("LLL yyyy", locale);
    this.day = DateTimeFormatter.ofPattern("d MMM", locale);
  }

  /** Dates, money and numbers as the locale writes them. */
  static Formats localized(Locale locale) {
    return new Formats(locale, false);
  }

  /** ISO dates ({@code 2027-07-12}); money and numbers as the locale writes them. */
  static Formats isoDates(Locale locale) {
    return new Formats(locale, true);
  }

  /** A day: {@code Jul 12, 2027}, or {@code 2027-07-12} with ISO dates. */
  String date(LocalDate value) {
    return date.format(value);
  }

  /** A month of the chart's axis: {@code Jul 2027}, {@code июль 2027}. */
  String month(LocalDate value) {
    return month.format(value);
  }

  /** A day of the chart's axis, without its year: {@code 12 Jul}. */
  String dayOfMonth(LocalDate value) {
    return isoDates ? value.toString().substring(5) : day.format(value);
  }

  /** An amount in its currency, as the locale writes it: {@code $480,000.00}, {@code 480 000,00 $}. */
  String money(Money value) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(value.currency());
    int digits = Math.max(0, value.currency().getDefaultFractionDigits());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(Math.max(digits, value.amount().scale()));
    return format.format(value.amount());
  }

  /** A number as the locale writes it, every decimal kept: {@code 1,250.5}. */
  String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /** A share from 0 to 1 as a whole percent: {@code 29%}, {@code 29 %}. */
  String percent(double share) {
    return NumberFormat.getPercentInstance(locale).format(share);
  }
}
