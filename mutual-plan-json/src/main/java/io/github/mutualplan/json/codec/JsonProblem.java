package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/**
 * A problem with a document, found while reading it: where (the JSON path and the location) and what. A
 * Jackson exception, so that an {@code ObjectMapper} with {@link io.github.mutualplan.json.MutualPlanModule}
 * reports it as its own; {@link io.github.mutualplan.json.PlanJson} turns it into a
 * {@link io.github.mutualplan.json.PlanJsonException}, the template files into a {@code TemplateFormatException}.
 *
 * @since 0.1.0
 */
public final class JsonProblem extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /**
   * A problem.
   *
   * @param location where in the text
   * @param path the JSON path, such as {@code $.plan.commitments[3].due}
   * @param problem what was wrong or expected
   * @param cause the failure of the model behind it, if any
   */
  @SuppressWarnings("deprecation") // the one constructor with both a location and a cause
  public JsonProblem(JsonLocation location, String path, String problem, @Nullable Throwable cause) {
    super(path + ": " + problem, location, cause);
    this.path = path;
    this.problem = problem;
  }

  /** The JSON path, such as {@code $.plan.commitments[3].due}. */
  public String path() {
    return path;
  }

  /** What was wrong or expected. */
  public String problem() {
    return problem;
  }
}
