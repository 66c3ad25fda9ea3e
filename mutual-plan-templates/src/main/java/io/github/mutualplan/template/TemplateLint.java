package io.github.mutualplan.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warnings about a template that is valid but unlikely to work well. Plans of about 6 to 20 steps work in
 * practice; plans of more than 30 steps do no better than none at all.
 */
public final class TemplateLint {
  /** The fewest steps a plan usually needs. */
  public static final int FEWEST_STEPS = 6;
  /** The most steps a plan should have. */
  public static final int MOST_STEPS = 20;
  /** Beyond this, a plan does no better than none. */
  public static final int TOO_MANY_STEPS = 30;

  private TemplateLint() {}

  /** The warnings for a template; empty when there is nothing to say. */
  public static List<String> warnings(PlanTemplate template) {
    Objects.requireNonNull(template, "template");
    List<String> warnings = new ArrayList<>();
    int steps = template.steps().size();
    if (steps < FEWEST_STEPS) {
      warnings.add("steps: only " + steps + "; plans of fewer than " + FEWEST_STEPS + " steps tend to skip critical ones");
    } else if (steps > TOO_MANY_STEPS) {
      warnings.add("steps: " + steps + "; plans of more than " + TOO_MANY_STEPS + " steps do no better than none");
    } else if (steps > MOST_STEPS) {
      warnings.add("steps: " + steps + "; plans of more than " + MOST_STEPS + " steps are hard to keep up to date");
    }
    if (template.milestones().stream().noneMatch(MilestoneTemplate::closing)) {
      warnings.add("milestones: none closes the deal, so the close is when every step is done");
    }
    template.milestones().stream().filter(m -> m.exitCriteria().isEmpty()).forEach(m ->
        warnings.add("milestones[" + m.key() + "].exitCriteria: none, so nobody can tell it is reached"));
    return warnings;
  }
}
