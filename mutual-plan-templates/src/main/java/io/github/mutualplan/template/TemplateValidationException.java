package io.github.mutualplan.template;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualPlanException;
import java.util.List;

/**
 * Thrown when a template, a rule or a profile would break a rule: every problem at once, each with the path
 * of what is wrong, for example {@code steps[security-review].dependsOn[legal]: no step 'legal'}.
 */
public final class TemplateValidationException extends MutualPlanException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  TemplateValidationException(String subject, List<String> problems) {
    super("Invalid " + subject + ": " + (problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems\n  " + String.join("\n  ", problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  TemplateValidationException(String path, String problem) {
    this("value", List.of(path + ": " + problem));
  }

  /** Every problem found, each {@code path: what is wrong}; never empty. */
  public List<String> problems() {
    return problems;
  }
}
