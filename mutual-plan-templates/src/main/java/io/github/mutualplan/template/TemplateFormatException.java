package io.github.mutualplan.template;

import io.github.mutualplan.MutualPlanException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a template or rule file cannot be read: where (file, line, column and the path within the
 * document), and what was wrong or expected, for example
 * {@code healthcare.yaml:14:7: steps[3].titel: unknown key 'titel'; did you mean 'title'?}.
 */
public final class TemplateFormatException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  TemplateFormatException(String file, int line, int column, String path, String problem,
      @Nullable Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  /** The file, or the name given to the text read. */
  public String file() {
    return file;
  }

  /** The line, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The path within the document, such as {@code steps[3].title}; empty for the document itself. */
  public String path() {
    return path;
  }

  /** What was wrong or expected. */
  public String problem() {
    return problem;
  }
}
