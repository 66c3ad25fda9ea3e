package io.github.mutualplan.examples.springboot;

import io.github.mutualplan.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details as this service writes them: a status, a title and a detail, and where they apply the
 * {@code violations} (each a {@code field}, a {@code message} and the {@code rule}). Every value from the request
 * that a problem repeats is escaped and cut short (the library's messages already are; {@link #escaped} for the
 * rest), so a problem is safe to show and to log.
 */
final class Problems {
  /**
   * The longest text a problem repeats: a detail, a message. The values that the library's messages quote are cut
   * to 60 characters already; this bounds the rest (a parser's message).
   */
  static final int MAX_REPEATED = 1000;

  private Problems() {}

  /** A problem to throw from a controller; {@link ProblemHandler} writes it as it is. */
  static ErrorResponseException of(HttpStatus status, String title, String detail) {
    return new ErrorResponseException(status, problem(status, title, detail), null);
  }

  /** A problem with its status, title and detail. */
  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /** A problem that lists every violation, as a {@code violations} array of {@code field}, {@code message}. */
  static ProblemDetail violations(HttpStatus status, String title, String detail, List<Violation> violations) {
    ProblemDetail problem = problem(status, title, detail);
    problem.setProperty("violations", violations.stream().map(v -> {
      Map<String, String> violation = new LinkedHashMap<>();
      violation.put("field", escaped(v.path()));
      violation.put("message", escaped(v.message()));
      violation.put("rule", v.rule().name());
      return violation;
    }).toList());
    return problem;
  }

  /**
   * A text from elsewhere made safe to repeat: control characters, line and paragraph separators and
   * bidirectional controls escaped as <code>&#92;uXXXX</code>, and cut to {@value #MAX_REPEATED} characters
   * with {@code ...}.
   */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < text.length() && out.length() < MAX_REPEATED; i++) {
      char c = text.charAt(i);
      boolean refused = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
          || (Character.isSurrogate(c) && !paired(text, i));
      if (refused) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (Character.isHighSurrogate(c) && out.length() == MAX_REPEATED - 1) {
        break; // never half a pair
      } else {
        out.append(c);
      }
    }
    return i < text.length() ? out.append("...").toString() : out.toString();
  }

  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
