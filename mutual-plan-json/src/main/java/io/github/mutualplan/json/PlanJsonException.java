package io.github.mutualplan.json;

import io.github.mutualplan.MutualPlanException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document cannot be read: where (line, column and the JSON path) and what was wrong or
 * expected, for example
 * {@code line 12, column 16 at $.plan.commitments[3].due: expected a date like 2027-03-01, was "next week"}.
 *
 * <p>When the document is well formed but the plan in it breaks the model's rules, the cause is the
 * {@link io.github.mutualplan.PlanValidationException} with every violation, and the message lists them.
 */
public final class PlanJsonException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  PlanJsonException(int line, int column, String path, String problem, @Nullable Throwable cause) {
    super(where(line, column, path) + problem, cause);
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String where(int line, int column, String path) {
    String at = path.isEmpty() ? "" : "at " + path + ": ";
    return line > 0 ? "line " + line + ", column " + column + (at.isEmpty() ? ": " : " " + at) : at;
  }

  /** The line of the problem, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /**
   * The JSON path of the value with the problem, such as {@code $.plan.commitments[3].due}; {@code $} for the
   * document itself.
   */
  public String path() {
    return path;
  }

  /** What was wrong or expected, without the place. */
  public String problem() {
    return problem;
  }
}
