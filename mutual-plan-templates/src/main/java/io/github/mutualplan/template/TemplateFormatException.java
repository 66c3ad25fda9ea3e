package io.github.mutualplan.template;

import io.github.mutualplan.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a template or rule file cannot be read: where (file, line, column and the path within the
 * document), and what was wrong or expected, for example
 * {@code healthcare.yaml:14:7: steps[3].titel: unknown key 'titel'; did you mean 'title'?}. The place and the
 * problem are those of every reader's {@link DocumentException}; the file is this reader's own.
 *
 * @since 0.1.0
 */
public final class TemplateFormatException extends DocumentException {
  private static final long serialVersionUID = 1L;

  private final String file;

  TemplateFormatException(String file, int line, int column, String path, String problem,
      @Nullable Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + problem, line, column, path,
        problem, cause);
    this.file = file;
  }

  /** The file, or the name given to the text read. */
  public String file() {
    return file;
  }
}
