package io.github.mutualplan.template;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import io.github.mutualplan.Visibility;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One change a customization rule makes to a template. In a rule file each is an object with one key naming
 * the operation:
 *
 * <pre>{@code
 * operations:
 *   - addStep: {after: security-review, step: {key: baa, title: Business associate agreement, ...}}
 *   - scaleDurations: {factor: 1.5, tags: [legal]}
 *   - requireRole: {role: compliance}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Enclosing
public abstract sealed class TemplateOperation {
  TemplateOperation() {}

  /** Works the operation into the draft, or throws {@link TemplateValidationException}. */
  abstract void applyTo(TemplateDraft draft);

  /**
   * The template with this operation applied.
   *
   * @throws TemplateValidationException if the operation does not fit the template
   */
  public final PlanTemplate applyTo(PlanTemplate template) {
    TemplateDraft draft = new TemplateDraft(template);
    applyTo(draft);
    return draft.build();
  }

  /**
   * Adds a step. With {@code after}, the step follows that step and what followed it now follows the new step;
   * with {@code before}, the step takes over what that step waited for and that step now waits for it; with
   * {@code feeds}, the step runs alongside, from its own dependencies, and that step waits for it too; with none,
   * it is appended with its own dependencies. A template that has a step with the key already keeps it: rules
   * that add the same step compose. The same holds for milestones and criteria.
   */
  public static AddStep addStep(StepTemplate step, Optional<String> after, Optional<String> before) {
    return ImmutableTemplateOperation.AddStep.builder().step(step).after(after).before(before).build();
  }

  /** Adds a step that runs from its own dependencies and must finish before {@code feeds}. */
  public static AddStep addStepFeeding(StepTemplate step, String feeds) {
    return ImmutableTemplateOperation.AddStep.builder().step(step).feeds(feeds).build();
  }

  /** Removes a step; what waited for it waits for what it waited for, and a milestone left without steps goes. */
  public static RemoveStep removeStep(String key) {
    return ImmutableTemplateOperation.RemoveStep.builder().key(key).build();
  }

  /** Multiplies the durations (and estimates) of the steps with any of these tags, or of all when none. */
  public static ScaleDurations scaleDurations(double factor, Set<String> tags) {
    return ImmutableTemplateOperation.ScaleDurations.builder().factor(factor).tags(tags).build();
  }

  /** Sets a step's duration; its estimate scales with it unless a new one is given. */
  public static SetDuration setDuration(String key, int days, Optional<DurationEstimate> estimate) {
    return ImmutableTemplateOperation.SetDuration.builder().key(key).days(days).estimate(estimate).build();
  }

  /** Adds a milestone. */
  public static AddMilestone addMilestone(MilestoneTemplate milestone) {
    return ImmutableTemplateOperation.AddMilestone.builder().milestone(milestone).build();
  }

  /** Adds a decision criterion. */
  public static AddCriterion addCriterion(CriterionTemplate criterion) {
    return ImmutableTemplateOperation.AddCriterion.builder().criterion(criterion).build();
  }

  /** Makes a role required. */
  public static RequireRole requireRole(Role role) {
    return ImmutableTemplateOperation.RequireRole.builder().role(role).build();
  }

  /** Sets who sees a step. */
  public static SetVisibility setVisibility(String key, Visibility visibility) {
    return ImmutableTemplateOperation.SetVisibility.builder().key(key).visibility(visibility).build();
  }

  /** See {@link TemplateOperation#addStep(StepTemplate, Optional, Optional)}. */
  @Value.Immutable
  public abstract static non-sealed class AddStep extends TemplateOperation {
    AddStep() {}

    /** The step added. */
    public abstract StepTemplate step();

    /** The step it follows, if it goes after one. */
    public abstract Optional<String> after();

    /** The step it comes before, if it goes before one. */
    public abstract Optional<String> before();

    /** The step that also waits for it, if it runs alongside. */
    public abstract Optional<String> feeds();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.addStep(step(), after(), before(), feeds());
    }
  }

  /** See {@link TemplateOperation#removeStep(String)}. */
  @Value.Immutable
  public abstract static non-sealed class RemoveStep extends TemplateOperation {
    RemoveStep() {}

    /** The step removed. */
    public abstract String key();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.removeStep(key());
    }
  }

  /** See {@link TemplateOperation#scaleDurations(double, Set)}. */
  @Value.Immutable
  public abstract static non-sealed class ScaleDurations extends TemplateOperation {
    ScaleDurations() {}

    /** The factor, more than 0; durations round up to whole working days. */
    public abstract double factor();

    /** The tags of the steps scaled; all steps when empty. */
    public abstract Set<String> tags();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.scaleDurations(factor(), tags());
    }
  }

  /** See {@link TemplateOperation#setDuration(String, int, Optional)}. */
  @Value.Immutable
  public abstract static non-sealed class SetDuration extends TemplateOperation {
    SetDuration() {}

    /** The step. */
    public abstract String key();

    /** Its new duration in working days. */
    public abstract int days();

    /** Its new estimate, if given. */
    public abstract Optional<DurationEstimate> estimate();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.setDuration(key(), days(), estimate());
    }
  }

  /** See {@link TemplateOperation#addMilestone(MilestoneTemplate)}. */
  @Value.Immutable
  public abstract static non-sealed class AddMilestone extends TemplateOperation {
    AddMilestone() {}

    /** The milestone added. */
    public abstract MilestoneTemplate milestone();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.add(draft.milestones, MilestoneTemplate::key, milestone());
    }
  }

  /** See {@link TemplateOperation#addCriterion(CriterionTemplate)}. */
  @Value.Immutable
  public abstract static non-sealed class AddCriterion extends TemplateOperation {
    AddCriterion() {}

    /** The criterion added. */
    public abstract CriterionTemplate criterion();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.add(draft.criteria, CriterionTemplate::key, criterion());
    }
  }

  /** See {@link TemplateOperation#requireRole(Role)}. */
  @Value.Immutable
  public abstract static non-sealed class RequireRole extends TemplateOperation {
    RequireRole() {}

    /** The role required. */
    public abstract Role role();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.requiredRoles.add(role());
    }
  }

  /** See {@link TemplateOperation#setVisibility(String, Visibility)}. */
  @Value.Immutable
  public abstract static non-sealed class SetVisibility extends TemplateOperation {
    SetVisibility() {}

    /** The step. */
    public abstract String key();

    /** Who sees it. */
    public abstract Visibility visibility();

    @Override
    void applyTo(TemplateDraft draft) {
      draft.replaceStep(draft.step(key()).withVisibility(visibility()));
    }
  }
}
