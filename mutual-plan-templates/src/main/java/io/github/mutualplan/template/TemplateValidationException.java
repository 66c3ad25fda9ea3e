package io.github.mutualplan.template;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a template, a rule or a profile would break a rule: every problem at once, each with the path
 * of what is wrong, for example {@code steps[security-review].dependsOn[legal]: no step 'legal'}.
 *
 * @since 0.1.0
 */
public final class TemplateValidationException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  TemplateValidationException(String subject, List<Violation> violations) {
    super("Invalid " + subject + ": " + (violations.size() == 1 ? violations.get(0)
        : violations.size() + " problems\n  " + violations.stream().map(Violation::toString)
            .collect(Collectors.joining("\n  "))));
    this.violations = ImmutableList.copyOf(violations);
  }

  TemplateValidationException(PlanRule rule, String path, String problem) {
    this("value", List.of(Violation.of(rule, path, problem)));
  }

  /**
   * Every problem found, as plan validation reports its own: the {@link PlanRule} of the model the template would
   * break, the path within the template or request (such as {@code steps[baa].dependsOn[legal]}) and what is
   * wrong; never empty.
   */
  public List<Violation> violations() {
    return violations;
  }

  /** Every problem found, each {@code path: what is wrong} (the {@link #violations()} as text); never empty. */
  public List<String> problems() {
    return violations.stream().map(Violation::toString).collect(Collectors.toUnmodifiableList());
  }
}
