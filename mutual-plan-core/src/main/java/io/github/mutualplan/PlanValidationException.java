package io.github.mutualplan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value of the model would break a rule. It carries <em>every</em> violation found, not only
 * the first, each with a path and a message:
 *
 * <pre>{@code
 * try {
 *   plan = builder.build();
 * } catch (PlanValidationException e) {
 *   for (Violation v : e.violations()) {
 *     log.warn("{}: {}", v.path(), v.message()); // commitments[kickoff].due: 2026-01-05 is before ...
 *   }
 * }
 * }</pre>
 *
 * <p>Since values are immutable, a failed build or copy leaves every existing value as it was.
 *
 * @since 0.1.0
 */
public final class PlanValidationException extends MutualPlanException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED_IN_MESSAGE = 20;

  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, for example {@code plan 'acme-renewal'}
   * @param violations every violation found; at least one
   */
  public PlanValidationException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  static PlanValidationException of(String subject, PlanRule rule, String path, String message) {
    return new PlanValidationException(subject, List.of(Violation.of(rule, path, message)));
  }

  /** Every violation found, in a stable order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: a validation exception needs at least one");
    }
    StringBuilder text = new StringBuilder("Invalid ").append(subject).append(": ");
    if (violations.size() == 1) {
      return text.append(violations.get(0)).toString();
    }
    text.append(violations.size()).append(" violations");
    violations.stream().limit(LISTED_IN_MESSAGE).forEach(v -> text.append("\n  ").append(v));
    if (violations.size() > LISTED_IN_MESSAGE) {
      text.append("\n  ... and ").append(violations.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
