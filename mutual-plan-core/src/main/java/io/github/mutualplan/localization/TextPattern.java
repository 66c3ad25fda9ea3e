package io.github.mutualplan.localization;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the library's texts: a {@link java.text.MessageFormat} pattern with plain arguments ({@code {0}} to
 * {@code {9}}; a quote is doubled, {@code '...'} is literal), parsed once and filled in without a
 * {@code MessageFormat}. A portfolio makes millions of findings, and parsing a pattern each time was most of what
 * a finding cost; the result is the same as {@code MessageFormat}'s, which a test checks on every text.
 *
 * <p>Arguments are filled in as given, in one pass: an argument that holds {@code {1}} stays as it is. A number is
 * written as the locale writes it, except a whole number from 0 to 999, which is the same in every language.
 * Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class TextPattern {
  private final String source;
  private final String[] literals;
  private final int[] arguments;
  /** Room for the literals and arguments of a usual length, so that the text is built without growing. */
  private final int capacity;

  private TextPattern(String source, List<String> literals, List<Integer> arguments) {
    this.source = source;
    this.literals = literals.toArray(new String[0]);
    this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
    this.capacity = literals.stream().mapToInt(String::length).sum() + 48 * arguments.size();
  }

  /**
   * Parses a pattern.
   *
   * @param where where the pattern is from, for the error
   * @throws IllegalStateException for an argument other than {@code {0}} to {@code {9}}
   */
  static TextPattern parse(String where, String pattern) {
    List<String> literals = new ArrayList<>();
    List<Integer> arguments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '{' && !quoted) {
        int end = pattern.indexOf('}', i);
        String index = end < 0 ? "" : pattern.substring(i + 1, end);
        if (!index.matches("[0-9]")) {
          throw new IllegalStateException("text " + where + ": only plain arguments {0} to {9} are supported,"
              + " found '" + pattern.substring(i, end < 0 ? pattern.length() : end + 1) + "'");
        }
        literals.add(literal.toString());
        literal.setLength(0);
        arguments.add(index.charAt(0) - '0');
        i = end;
      } else {
        literal.append(c);
      }
    }
    literals.add(literal.toString());
    return new TextPattern(pattern, literals, arguments);
  }

  /** The pattern as written in its file. */
  String source() {
    return source;
  }

  /**
   * The text with its arguments filled in; an argument it is not given stays {@code {n}}, as with
   * {@code MessageFormat}.
   *
   * @param locale the language of the text, which writes its numbers
   * @param values the arguments, immutable values
   */
  public String format(Locale locale, Object... values) {
    if (arguments.length == 0) {
      return literals[0]; // one string, shared by every text that says it
    }
    StringBuilder out = new StringBuilder(capacity);
    for (int i = 0; i < arguments.length; i++) {
      out.append(literals[i]);
      int k = arguments[i];
      if (k >= values.length) {
        out.append('{').append(k).append('}');
        continue;
      }
      Object value = values[k];
      if (value == null) {
        out.append("null");
      } else if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0
          && ((Number) value).longValue() < 1000) {
        out.append(((Number) value).longValue()); // no grouping nor sign: the same in every language
      } else if (value instanceof Number) {
        out.append(NumberFormat.getInstance(locale).format(value));
      } else {
        out.append(value);
      }
    }
    return out.append(literals[arguments.length]).toString();
  }
}
