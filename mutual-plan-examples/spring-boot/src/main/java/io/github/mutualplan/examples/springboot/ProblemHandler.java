package io.github.mutualplan.examples.springboot;

import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.ScheduleException;
import io.github.mutualplan.Violation;
import io.github.mutualplan.history.ChangeNotPermittedException;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.EditConflictException;
import io.github.mutualplan.jackson3.InvalidPlanJsonException;
import io.github.mutualplan.store.DuplicatePlanException;
import io.github.mutualplan.store.PlanNotFoundException;
import io.github.mutualplan.store.PlanStoreException;
import io.github.mutualplan.template.TemplateValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The library's exceptions as RFC 9457 problem details ({@code application/problem+json}), and Spring's own
 * (a missing header, a wrong media type, an unknown path) as Spring writes them, each detail escaped and cut short:
 *
 * <table>
 *   <caption>Statuses</caption>
 *   <tr><th>status</th><th>when</th><th>what the problem holds besides the detail</th></tr>
 *   <tr><td>400</td><td>malformed JSON, a value of the wrong type, an invalid header</td>
 *       <td>{@code path}, the JSON path of the value at fault ({@code $.commitment.due}); {@code line},
 *       {@code column} for JSON that does not parse</td></tr>
 *   <tr><td>403</td><td>the store's policy refuses the change for the actor ({@link ChangeNotPermittedException}),
 *       or the caller is not a stakeholder of the plan</td><td>{@code reasons}</td></tr>
 *   <tr><td>404</td><td>no such plan in the caller's tenant</td><td></td></tr>
 *   <tr><td>409</td><td>someone changed the same item since the version in {@code If-Match}
 *       ({@link EditConflictException}); a plan of that identifier exists</td>
 *       <td>{@code conflicts}: each {@code item}, the {@code version} that changed it, the {@code basedOn}
 *       version</td></tr>
 *   <tr><td>412</td><td>{@code If-Match} names no version of the plan</td><td></td></tr>
 *   <tr><td>422</td><td>the change, or a value in the body, is not valid: the model's
 *       {@link PlanValidationException}, a {@link ChangeRejectedException}, a refused customer profile</td>
 *       <td>{@code violations}: every one, each {@code field}, {@code message} and {@code rule}</td></tr>
 *   <tr><td>428</td><td>a change without {@code If-Match}</td><td></td></tr>
 * </table>
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  /** For Spring. */
  public ProblemHandler() {}

  /** 404: the tenant has no such plan (another tenant's plan is as absent). */
  @ExceptionHandler(PlanNotFoundException.class)
  ProblemDetail notFound(PlanNotFoundException e) {
    return safe(Problems.problem(HttpStatus.NOT_FOUND, "Not found", String.valueOf(e.getMessage())));
  }

  /** 409: the tenant has a plan with that identifier already. */
  @ExceptionHandler(DuplicatePlanException.class)
  ProblemDetail duplicate(DuplicatePlanException e) {
    return safe(Problems.problem(HttpStatus.CONFLICT, "Plan exists", String.valueOf(e.getMessage())));
  }

  /** 409: a change since the version the change was made against touched the same item. */
  @ExceptionHandler(EditConflictException.class)
  ProblemDetail conflict(EditConflictException e) {
    ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Edit conflict", String.valueOf(e.getMessage()));
    Map<String, Object> conflict = new LinkedHashMap<>();
    conflict.put("item", e.item());
    conflict.put("version", e.conflictingVersion());
    conflict.put("basedOn", e.basedOn());
    problem.setProperty("conflicts", List.of(conflict));
    problem.setProperty("currentVersion", e.version());
    return safe(problem);
  }

  /** 403: the store's policy does not let the actor make the change. */
  @ExceptionHandler(ChangeNotPermittedException.class)
  ProblemDetail notPermitted(ChangeNotPermittedException e) {
    ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, "Change not permitted",
        String.valueOf(e.getMessage()));
    problem.setProperty("reasons", e.reasons().stream().map(Problems::escaped).toList());
    return safe(problem);
  }

  /**
   * 422 with every violation: the change does not fit the plan, or would make it invalid; 412 when it was made
   * against a version the plan does not have.
   */
  @ExceptionHandler(ChangeRejectedException.class)
  ProblemDetail rejected(ChangeRejectedException e) {
    if (e.violations().stream().allMatch(v -> v.rule() == PlanRule.HISTORY_ORDER && v.path().equals("basedOn"))) {
      return safe(Problems.problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed",
          "If-Match: " + e.violations().get(0).message()));
    }
    return safe(Problems.violations(HttpStatus.UNPROCESSABLE_CONTENT, "Change refused", e.change() + " by '"
        + e.actor() + "' on plan '" + e.plan() + "' (version " + e.version() + ") refused: "
        + (e.violations().size() == 1 ? e.reasons().get(0) : e.violations().size() + " violations"),
        e.violations()));
  }

  /** 422 with every violation: a value of the model that is not valid. */
  @ExceptionHandler(PlanValidationException.class)
  ProblemDetail invalid(PlanValidationException e) {
    return safe(Problems.violations(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value",
        firstLine(String.valueOf(e.getMessage())), e.violations()));
  }

  /** 422 with every violation: a customer profile or a template the catalogue refuses. */
  @ExceptionHandler(TemplateValidationException.class)
  ProblemDetail invalidTemplate(TemplateValidationException e) {
    return safe(Problems.violations(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value",
        firstLine(String.valueOf(e.getMessage())), e.violations()));
  }

  /** 422 with every violation: a request to make a plan that misses values or has values refused. */
  @ExceptionHandler(PlanController.InvalidRequestException.class)
  ProblemDetail invalidRequest(PlanController.InvalidRequestException e) {
    return safe(Problems.violations(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
        "the plan cannot be made: " + e.violations().size() + " problem(s)", e.violations()));
  }

  /** 422: the plan cannot be scheduled on its calendars. */
  @ExceptionHandler(ScheduleException.class)
  ProblemDetail unschedulable(ScheduleException e) {
    return safe(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Cannot schedule",
        String.valueOf(e.getMessage())));
  }

  /** 500 without the database's words, which are logged. */
  @ExceptionHandler(PlanStoreException.class)
  ProblemDetail storeFailed(PlanStoreException e) {
    LOG.error("the plan store failed", e);
    return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Store failed", "the plan store failed; "
        + "the service's log has the reason");
  }

  /**
   * A body that cannot be read: 422 with every violation when its JSON is well-formed but holds a value the model
   * refuses (the cause of the module's {@link InvalidPlanJsonException} is the {@link PlanValidationException}),
   * else 400 naming the JSON path of the value at fault and the problem, escaped and cut short.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = unreadable(ex);
    return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
  }

  /** Every problem Spring writes, its own included, with its detail escaped and cut short. */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
      HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      safe(problem);
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
    PlanValidationException invalid = cause(ex, PlanValidationException.class);
    InvalidPlanJsonException json = cause(ex, InvalidPlanJsonException.class);
    if (invalid != null) {
      List<Violation> violations = invalid.violations();
      ProblemDetail problem = Problems.violations(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value",
          (json != null ? json.path() + ": " : "") + "not a valid value: " + violations.size() + " violation(s)",
          violations);
      if (json != null) {
        problem.setProperty("path", Problems.escaped(json.path()));
      }
      return problem;
    }
    if (json != null) {
      ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
          json.path() + ": " + json.problem());
      problem.setProperty("path", Problems.escaped(json.path()));
      return problem;
    }
    JacksonException jackson = cause(ex, JacksonException.class);
    if (jackson != null) {
      String path = path(jackson);
      ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
          path + ": " + firstLine(String.valueOf(jackson.getOriginalMessage())));
      problem.setProperty("path", Problems.escaped(path));
      TokenStreamLocation at = jackson.getLocation();
      if (at != null && at.getLineNr() > 0) {
        problem.setProperty("line", at.getLineNr());
        problem.setProperty("column", at.getColumnNr());
      }
      return problem;
    }
    return Problems.problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is not a JSON document: "
        + firstLine(String.valueOf(ex.getMessage())));
  }

  /** The JSON path of where Jackson was, {@code $.people[2].roles}. */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference step : e.getPath()) {
      if (step.getPropertyName() != null) {
        path.append('.').append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The problem with its detail escaped and cut short. */
  private static ProblemDetail safe(ProblemDetail problem) {
    String detail = problem.getDetail();
    if (detail != null) {
      problem.setDetail(Problems.escaped(detail));
    }
    return problem;
  }
}
