package io.github.mutualplan;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document from outside cannot be read: a JSON document of a plan, a history or a report, a YAML
 * or JSON file of templates or rules. Every reader says where, with the line and column of the text and the path
 * of the value within the document, and what was wrong or expected, so that one handler serves them all:
 *
 * <pre>{@code
 * try {
 *   plan = PlanJson.standard().readPlan(JsonSource.of(body));
 * } catch (DocumentException e) {
 *   return badRequest(e.path(), e.problem()); // "$.plan.commitments[3].due", "expected a date like 2027-03-01, ..."
 * }
 * }</pre>
 *
 * <p>The readers' own subtypes ({@code PlanJsonException}, {@code TemplateFormatException}) add what only they
 * know, such as the file a template came from.
 *
 * @since 0.1.0
 */
public abstract class DocumentException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * Creates an exception for a problem at a place of a document.
   *
   * @param message the whole message: the place, then the problem
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the path of the value within the document; see {@link #path()}
   * @param problem what was wrong or expected, without the place
   * @param cause the underlying failure, if any
   */
  protected DocumentException(String message, int line, int column, String path, String problem,
      @Nullable Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  /** The line of the problem, from 1; 0 when unknown. */
  public final int line() {
    return line;
  }

  /** The column of the problem, from 1; 0 when unknown. */
  public final int column() {
    return column;
  }

  /**
   * The path of the value with the problem within the document: a JSON path such as
   * {@code $.plan.commitments[3].due} ({@code $} for the document itself) in a JSON document, a path such as
   * {@code steps[3].title} (empty for the document itself) in a template or rule file.
   */
  public final String path() {
    return path;
  }

  /** What was wrong or expected, without the place. */
  public final String problem() {
    return problem;
  }
}
