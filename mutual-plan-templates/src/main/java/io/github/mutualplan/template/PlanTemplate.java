package io.github.mutualplan.template;

import io.github.mutualplan.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A team's standard plan, to be tailored to each customer by {@link CustomizationRule}s and instantiated into a
 * {@link io.github.mutualplan.MutualActionPlan} by a {@link TemplateInstantiator}: stages with default durations,
 * steps (which become commitments), milestones, default decision criteria, objectives and success metrics to
 * fill in, and the roles a plan needs.
 *
 * <pre>{@code
 * PlanTemplate standard = Catalogue.builtIn().template("standard-b2b");
 * PlanTemplate mine = TemplateFiles.read(Path.of("templates/my-team.yaml"));
 * }</pre>
 *
 * <p>A template is validated when built or read: keys unique per kind, every reference resolves, steps form
 * no cycle, every step has a duration (its own or its stage's), every milestone has a step leading to it, at
 * most one milestone closes. All problems are reported at once in a {@link TemplateValidationException}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanTemplate {
  /**
   * The most working days the longest chain of a template's steps takes: some four years of weekdays. With a
   * metric measured at most {@link #MAX_DAYS_AFTER_CLOSE} days after the close, a plan made from a template on
   * calendars of three working days a week or more spans less than the
   * {@value io.github.mutualplan.PlanLimits#MAX_SPAN_YEARS} years a plan may.
   */
  public static final int MAX_TIMELINE_DAYS = 1_000;
  /** The most calendar days after the close a success metric is measured by: three years. */
  public static final int MAX_DAYS_AFTER_CLOSE = 1_096;

  PlanTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The template's identifier, such as {@code standard-b2b}. */
  public abstract String id();

  /** The template's version, such as {@code 1.2}; recorded in the provenance of every plan made from it. */
  public abstract String version();

  /** What the template is called. */
  public abstract LocalizedText name();

  /** What it is for, if written down. */
  public abstract Optional<LocalizedText> description();

  /** The roles a plan made from it needs named, such as champion and economic buyer. */
  public abstract Set<Role> requiredRoles();

  /** The stages of the sales cycle, in order. */
  public abstract List<StageTemplate> stages();

  /** The milestones. */
  public abstract List<MilestoneTemplate> milestones();

  /** The steps, in the order the plan lists its commitments. */
  public abstract List<StepTemplate> steps();

  /** The default decision criteria. */
  public abstract List<CriterionTemplate> criteria();

  /** The objectives to agree on. */
  public abstract List<ObjectiveTemplate> objectives();

  /** The success metrics to fill in. */
  public abstract List<MetricTemplate> metrics();

  @Value.Check
  final void validate() {
    TemplateValidator.check(this);
  }

  /** The step with this key, if any. */
  public final Optional<StepTemplate> step(String key) {
    Objects.requireNonNull(key, "key");
    return steps().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The working days a step takes: its own duration, or its stage's default. */
  public final int durationOf(StepTemplate step) {
    Objects.requireNonNull(step, "step");
    if (step.durationDays().isPresent()) {
      return step.durationDays().getAsInt();
    }
    String stage = step.stage().orElseThrow();
    return stages().stream().filter(s -> s.key().equals(stage)).findFirst().orElseThrow().defaultDurationDays();
  }

  /** Returns the identifier, version and size, not the whole content. */
  @Override
  public final String toString() {
    return "PlanTemplate{id=" + id() + ", version=" + version() + ", " + steps().size() + " steps, "
        + milestones().size() + " milestones}";
  }

  /**
   * Builds a {@link PlanTemplate}; {@code id}, {@code version} and {@code name} are required. {@link #build()}
   * checks every rule and throws {@link TemplateValidationException} listing all problems.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(PlanTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link PlanTemplate#id() id}: {@code id(String)}
   *   <li>{@link PlanTemplate#version() version}: {@code version(String)}
   *   <li>{@link PlanTemplate#name() name}: {@code name(LocalizedText)}
   *   <li>{@link PlanTemplate#description() description}: {@code description(LocalizedText)},
   *       {@code description(Optional<LocalizedText>)}
   *   <li>{@link PlanTemplate#requiredRoles() requiredRoles}: {@code addRequiredRole(Role)},
   *       {@code addRequiredRoles(Role...)}, {@code requiredRoles(Iterable<Role>)},
   *       {@code addAllRequiredRoles(Iterable<Role>)}
   *   <li>{@link PlanTemplate#stages() stages}: {@code addStage(StageTemplate)}, {@code addStages(StageTemplate...)},
   *       {@code stages(Iterable<StageTemplate>)}, {@code addAllStages(Iterable<StageTemplate>)}
   *   <li>{@link PlanTemplate#milestones() milestones}: {@code addMilestone(MilestoneTemplate)},
   *       {@code addMilestones(MilestoneTemplate...)}, {@code milestones(Iterable<MilestoneTemplate>)},
   *       {@code addAllMilestones(Iterable<MilestoneTemplate>)}
   *   <li>{@link PlanTemplate#steps() steps}: {@code addStep(StepTemplate)}, {@code addSteps(StepTemplate...)},
   *       {@code steps(Iterable<StepTemplate>)}, {@code addAllSteps(Iterable<StepTemplate>)}
   *   <li>{@link PlanTemplate#criteria() criteria}: {@code addCriterion(CriterionTemplate)},
   *       {@code addCriteria(CriterionTemplate...)}, {@code criteria(Iterable<CriterionTemplate>)},
   *       {@code addAllCriteria(Iterable<CriterionTemplate>)}
   *   <li>{@link PlanTemplate#objectives() objectives}: {@code addObjective(ObjectiveTemplate)},
   *       {@code addObjectives(ObjectiveTemplate...)}, {@code objectives(Iterable<ObjectiveTemplate>)},
   *       {@code addAllObjectives(Iterable<ObjectiveTemplate>)}
   *   <li>{@link PlanTemplate#metrics() metrics}: {@code addMetric(MetricTemplate)},
   *       {@code addMetrics(MetricTemplate...)}, {@code metrics(Iterable<MetricTemplate>)},
   *       {@code addAllMetrics(Iterable<MetricTemplate>)}
   * </ul>
   */
  public static final class Builder extends ImmutablePlanTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract PlanTemplate withId(String value);

  /** A copy with this {@link #version() version}. */
  public abstract PlanTemplate withVersion(String value);

  /** A copy with this {@link #name() name}. */
  public abstract PlanTemplate withName(LocalizedText value);

  /** A copy with this {@link #description() description}. */
  public abstract PlanTemplate withDescription(LocalizedText value);

  /** A copy with this {@link #description() description}, or none for an empty optional. */
  public abstract PlanTemplate withDescription(Optional<? extends LocalizedText> optional);

  /** A copy with these {@link #requiredRoles() requiredRoles} instead of its own. */
  public abstract PlanTemplate withRequiredRoles(Role... elements);

  /** A copy with these {@link #requiredRoles() requiredRoles} instead of its own. */
  public abstract PlanTemplate withRequiredRoles(Iterable<? extends Role> elements);

  /** A copy with these {@link #stages() stages} instead of its own. */
  public abstract PlanTemplate withStages(StageTemplate... elements);

  /** A copy with these {@link #stages() stages} instead of its own. */
  public abstract PlanTemplate withStages(Iterable<? extends StageTemplate> elements);

  /** A copy with these {@link #milestones() milestones} instead of its own. */
  public abstract PlanTemplate withMilestones(MilestoneTemplate... elements);

  /** A copy with these {@link #milestones() milestones} instead of its own. */
  public abstract PlanTemplate withMilestones(Iterable<? extends MilestoneTemplate> elements);

  /** A copy with these {@link #steps() steps} instead of its own. */
  public abstract PlanTemplate withSteps(StepTemplate... elements);

  /** A copy with these {@link #steps() steps} instead of its own. */
  public abstract PlanTemplate withSteps(Iterable<? extends StepTemplate> elements);

  /** A copy with these {@link #criteria() criteria} instead of its own. */
  public abstract PlanTemplate withCriteria(CriterionTemplate... elements);

  /** A copy with these {@link #criteria() criteria} instead of its own. */
  public abstract PlanTemplate withCriteria(Iterable<? extends CriterionTemplate> elements);

  /** A copy with these {@link #objectives() objectives} instead of its own. */
  public abstract PlanTemplate withObjectives(ObjectiveTemplate... elements);

  /** A copy with these {@link #objectives() objectives} instead of its own. */
  public abstract PlanTemplate withObjectives(Iterable<? extends ObjectiveTemplate> elements);

  /** A copy with these {@link #metrics() metrics} instead of its own. */
  public abstract PlanTemplate withMetrics(MetricTemplate... elements);

  /** A copy with these {@link #metrics() metrics} instead of its own. */
  public abstract PlanTemplate withMetrics(Iterable<? extends MetricTemplate> elements);
}
