package io.github.mutualplan.template;

import io.github.mutualplan.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Warnings about a template that is valid but unlikely to work well. Plans of about 6 to 20 steps work in
 * practice; plans of more than 30 steps do no better than none at all.
 *
 * <p><b>Regulated and formally procured deals may be longer.</b> The limit of {@value #MOST_STEPS} is advice
 * on the steps a team chooses to put in a plan. The steps a regulation or the buyer's formal procurement
 * imposes (a business associate agreement under HIPAA, a data processing agreement under GDPR, supplier
 * registration, the purchase order, a tender's standstill period) are not the team's to leave out, so the
 * steps tagged {@value Tags#COMPLIANCE} or {@value Tags#PROCUREMENT} (see {@link Tags#mandated()}) do not count
 * towards it. They do count towards {@value #TOO_MANY_STEPS}: past that, any plan does no better than none.
 * A health system bought by formal procurement under HIPAA, by nine people, for a large deal has 21 steps of
 * which 6 are imposed: no warning.
 *
 * <pre>{@code
 * List<String> warnings = TemplateLint.warnings(template);   // empty when there is nothing to say
 * Instantiation made = TemplateInstantiator.standard().instantiate(request);
 * made.warnings();                                           // the same, for the template as the rules left it
 * }</pre>
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class TemplateLint {
  /** The fewest steps a plan usually needs. */
  public static final int FEWEST_STEPS = 6;
  /** The most steps a plan should have, not counting those a regulation or procurement imposes. */
  public static final int MOST_STEPS = 20;
  /** Beyond this many steps in all, a plan does no better than none. */
  public static final int TOO_MANY_STEPS = 30;

  private TemplateLint() {}

  /** The warnings for a template; empty when there is nothing to say. */
  public static List<String> warnings(PlanTemplate template) {
    Objects.requireNonNull(template, "template");
    List<String> warnings = new ArrayList<>();
    int steps = template.steps().size();
    long mandated = template.steps().stream().filter(TemplateLint::mandated).count();
    long chosen = steps - mandated;
    if (steps < FEWEST_STEPS) {
      warnings.add("steps: only " + steps + "; plans of fewer than " + FEWEST_STEPS
          + " steps tend to skip critical ones");
    } else if (steps > TOO_MANY_STEPS) {
      warnings.add("steps: " + steps + "; plans of more than " + TOO_MANY_STEPS + " steps do no better than none");
    } else if (chosen > MOST_STEPS) {
      warnings.add("steps: " + steps + (mandated == 0 ? "" : ", " + chosen + " of them not tagged compliance or"
          + " procurement") + "; plans of more than " + MOST_STEPS + " such steps are hard to keep up to date");
    }
    if (template.milestones().stream().noneMatch(MilestoneTemplate::closing)) {
      warnings.add("milestones: none closes the deal, so the close is when every step is done");
    }
    template.milestones().stream().filter(m -> m.exitCriteria().isEmpty()).forEach(m ->
        warnings.add("milestones[" + m.key() + "].exitCriteria: none, so nobody can tell it is reached"));
    return warnings;
  }

  /** Whether a regulation or the buyer's formal procurement imposes the step. */
  private static boolean mandated(StepTemplate step) {
    return step.tags().stream().anyMatch(Tags.mandated()::contains);
  }
}
