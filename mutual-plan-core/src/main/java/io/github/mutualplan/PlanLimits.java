package io.github.mutualplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The limits of what a plan holds: far beyond any real plan, and tight enough that every service (scheduling,
 * risk, forecast, documents) runs in time and memory bounded by the plan's size, whatever the values. The model
 * refuses what lies outside them ({@link PlanRule#WITHIN_LIMITS}), on every path that makes a plan: a builder, a
 * {@code with*} copy, an edit, a replayed history, a JSON document, a template.
 *
 * <table>
 *   <caption>The limits</caption>
 *   <tr><th>What</th><th>Limit</th></tr>
 *   <tr><td>the plan's start</td><td>from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}</td></tr>
 *   <tr><td>every other date of the plan (target close, a commitment's start, due and completion dates, a
 *       milestone's date, a success metric's date)</td><td>at most {@value #MAX_SPAN_YEARS} years after the
 *       plan's start (and, by {@link PlanRule#DATE_ORDER}, not before it)</td></tr>
 *   <tr><td>instants (sign-offs, the closure, the provenance, an edit's time)</td><td>from the start of
 *       {@link #EARLIEST_DATE} to the end of {@link #LATEST_DATE}, in UTC</td></tr>
 *   <tr><td>a duration, and each point of a three-point estimate</td><td>1 to {@value #MAX_DURATION_DAYS}
 *       working days (ten years)</td></tr>
 *   <tr><td>the plan's version, and the version a sign-off names</td><td>1 to {@value #MAX_VERSION}</td></tr>
 *   <tr><td>a name (titles, names, organisations, units, template ids): one line</td><td>1 to
 *       {@value #MAX_NAME_LENGTH} characters</td></tr>
 *   <tr><td>a free text (notes, descriptions, deliverables, evidence, exit criteria, reasons): line breaks
 *       ({@code \n}, {@code \r\n}) and tabs allowed</td><td>1 to {@value #MAX_TEXT_LENGTH} characters</td></tr>
 *   <tr><td>an identifier, role or tag: a key</td><td>1 to 100 ASCII letters, digits, {@code -}, {@code _} or
 *       {@code .}</td></tr>
 *   <tr><td>an e-mail address</td><td>at most {@value #MAX_EMAIL_LENGTH} characters</td></tr>
 *   <tr><td>an amount, a baseline or a target</td><td>at most {@value #MAX_DECIMAL_DIGITS} digits before the
 *       point and {@value #MAX_DECIMAL_DIGITS} after it</td></tr>
 * </table>
 *
 * <p>No text holds a control character (other than the line breaks and tabs of free text), a bidirectional
 * embedding, override or isolate ({@code U+202A} to {@code U+202E}, {@code U+2066} to {@code U+2069}), which
 * can make a document read otherwise than it is, or half of a surrogate pair. Lengths count Unicode code points.
 *
 * <p>Error messages quote what they refuse escaped (control characters as <code>&#92;u001b</code>) and cut to
 * {@value #QUOTED_LENGTH} characters, so that a message can be shown or logged as it is.
 *
 * <p>Its constants are immutable and its methods keep no state: safe to use from any thread.
 *
 * @since 0.1.0
 */
public final class PlanLimits {
  /** The earliest start of a plan, and the earliest day of an instant: 1 January 1900. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** The latest start of a plan, and the latest day of an instant: 31 December 2999. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);
  /** How many years after its start a plan's dates may lie. */
  public static final int MAX_SPAN_YEARS = 10;
  /** The longest duration, in working days: ten years of weekdays. */
  public static final int MAX_DURATION_DAYS = 2_610;
  /** The highest version of a plan. */
  public static final long MAX_VERSION = Integer.MAX_VALUE;
  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;
  /** The longest free text, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;
  /** The longest e-mail address, in characters (RFC 5321's limit of a forward path). */
  public static final int MAX_EMAIL_LENGTH = 254;
  /** The most digits of an amount before the point, and after it. */
  public static final int MAX_DECIMAL_DIGITS = 40;
  /** The most characters of an offending value an error message quotes. */
  public static final int QUOTED_LENGTH = 60;

  private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_OF_INSTANTS = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private PlanLimits() {}

  /** Whether a day lies from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
  public static boolean isWithinLimits(LocalDate day) {
    return !day.isBefore(EARLIEST_DATE) && !day.isAfter(LATEST_DATE);
  }

  /** Whether an instant lies from the start of {@link #EARLIEST_DATE} to the end of {@link #LATEST_DATE}, UTC. */
  public static boolean isWithinLimits(Instant instant) {
    return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(END_OF_INSTANTS);
  }

  /** The last day a date of a plan starting on this day may fall on. */
  public static LocalDate latestDateOf(LocalDate planStart) {
    return planStart.plusYears(MAX_SPAN_YEARS);
  }
}
