package io.github.mutualplan.json;

import io.github.mutualplan.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document cannot be read: where (line, column and the JSON path) and what was wrong or
 * expected, for example
 * {@code line 12, column 16 at $.plan.commitments[3].due: expected a date like 2027-03-01, was "next week"}.
 *
 * <p>When the document is well formed but the plan in it breaks the model's rules, the cause is the
 * {@link io.github.mutualplan.PlanValidationException} with every violation, and the message lists them. The
 * place and the problem are those of every reader's {@link DocumentException}.
 *
 * @since 0.1.0
 */
public final class PlanJsonException extends DocumentException {
  private static final long serialVersionUID = 1L;

  PlanJsonException(int line, int column, String path, String problem, @Nullable Throwable cause) {
    super(where(line, column, path) + problem, line, column, path, problem, cause);
  }

  private static String where(int line, int column, String path) {
    String at = path.isEmpty() ? "" : "at " + path + ": ";
    return line > 0 ? "line " + line + ", column " + column + (at.isEmpty() ? ": " : " " + at) : at;
  }
}
