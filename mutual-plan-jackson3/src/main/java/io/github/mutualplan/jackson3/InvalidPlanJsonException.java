package io.github.mutualplan.jackson3;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * JSON that is not a valid value of the model, found by {@link MutualPlanJackson3Module} as it read it: where (the
 * JSON path in the document, and the location where the value starts) and what. The message starts with
 * {@code path: problem}, as {@code mutual-plan-json}'s do. When the model refused the value, the cause is the
 * model's exception: the {@code PlanValidationException} with every violation, or the
 * {@code InvalidHistoryException} naming the event a live edit refuses.
 *
 * <pre>{@code
 * try {
 *   MutualActionPlan plan = mapper.readValue(body, MutualActionPlan.class);
 * } catch (InvalidPlanJsonException e) {
 *   // e.path(): "$.commitments[3].due", e.problem(): "expected a date like 2027-03-01, was \"next week\""
 *   return badRequest(e.path(), e.problem());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InvalidPlanJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  InvalidPlanJsonException(JsonParser parser, TokenStreamLocation start, String path, String problem,
      @Nullable Throwable cause) {
    super(parser, path + ": " + problem, start, cause);
    this.path = path;
    this.problem = problem;
  }

  /** The JSON path of the value at fault in the whole document, such as {@code $.plan.commitments[3].due}. */
  public String path() {
    return path;
  }

  /** What was wrong or expected. */
  public String problem() {
    return problem;
  }
}
