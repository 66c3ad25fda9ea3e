package io.github.mutualplan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Texts from outside, checked and quoted: what a name and a free text may hold ({@link PlanLimits}), and how an
 * error message shows a value it refuses (escaped and cut short, so the message is safe to show or log). The
 * model, the templates and the readers use these rules; a service can check a user's input the same way before
 * it builds anything:
 *
 * <pre>{@code
 * Texts.problem("Sign the\ncontract", Texts.Kind.NAME)
 *     .ifPresent(p -> reply(400, "title " + p.message())); // "holds the control character U+000A at character 9; ..."
 * log.warn("unknown stage {}", Texts.quote(stageFromRequest)); // 'stage\u0007...' : escaped, cut short
 * }</pre>
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class Texts {
  private Texts() {}

  /** What a text may hold. */
  public enum Kind {
    /** One line: no line breaks, no tabs; at most {@link PlanLimits#MAX_NAME_LENGTH} characters. */
    NAME(PlanLimits.MAX_NAME_LENGTH, "a name is one line"),
    /** Line breaks and tabs allowed; at most {@link PlanLimits#MAX_TEXT_LENGTH} characters. */
    TEXT(PlanLimits.MAX_TEXT_LENGTH, "only line breaks and tabs are allowed");

    final int maxLength;
    final String allowed;

    Kind(int maxLength, String allowed) {
      this.maxLength = maxLength;
      this.allowed = allowed;
    }
  }

  /** What is wrong with a text: whether it is only too long, and a message that says what. */
  public record Problem(boolean overLimit, String message) {}

  /**
   * What is wrong with a text of this kind, if anything: blank, too long, or holding a character no text may
   * hold (a control character, a bidirectional control, half of a surrogate pair).
   */
  public static Optional<Problem> problem(String text, Kind kind) {
    Objects.requireNonNull(kind, "kind");
    if (Objects.requireNonNull(text, "text").isBlank()) {
      return Optional.of(new Problem(false, "must not be blank"));
    }
    int length = 0;
    for (int i = 0; i < text.length(); length++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) { // printable ASCII, most of any text: nothing to check
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return Optional.of(new Problem(false,
            "holds half of a surrogate pair (" + codePoint(c) + ") at character " + (length + 1)));
      }
      boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
      boolean allowed = kind == Kind.TEXT && (c == '\t' || lineBreak);
      if (!allowed && isRefused(c)) {
        return Optional.of(new Problem(false, "holds the "
            + (isBidiControl(c) ? "bidirectional control " : "control character ") + codePoint(c) + " at character "
            + (length + 1) + "; " + kind.allowed));
      }
      i += c == '\r' && lineBreak ? 2 : 1;
    }
    if (length > kind.maxLength) {
      return Optional.of(new Problem(true, "has " + length + " characters; at most " + kind.maxLength));
    }
    return Optional.empty();
  }

  /**
   * A value as an error message quotes it: in single quotes, control characters, bidirectional controls and
   * surrogate halves escaped ({@code \n}, <code>&#92;u001b</code>), cut to {@link PlanLimits#QUOTED_LENGTH}
   * characters with {@code ...} and its length when longer.
   */
  public static String quote(String text) {
    return quote(text, '\'');
  }

  /** A value as an error message quotes it, as {@link #quote(String)} does, between these quotes. */
  public static String quote(String text, char quote) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder().append(quote);
    int end = Math.min(text.length(), PlanLimits.QUOTED_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\\' || c == quote) {
        out.append('\\').append(c);
      } else if (isRefused(c) || (Character.isSurrogate(c) && !paired)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (Character.isHighSurrogate(c) && i + 1 == end) {
        break; // do not cut a pair in two
      } else {
        out.append(c);
      }
    }
    out.append(quote);
    if (text.length() > end) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * Control characters (C0, DEL, C1), the line and paragraph separators, and bidirectional embeddings,
   * overrides and isolates.
   */
  private static boolean isRefused(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
