package io.github.mutualplan.template;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Role;
import io.github.mutualplan.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A template while operations work on it; built into a validated template at the end. */
final class TemplateDraft {
  private final PlanTemplate template;
  final List<StepTemplate> steps;
  final List<MilestoneTemplate> milestones;
  final List<CriterionTemplate> criteria;
  final Set<Role> requiredRoles;

  TemplateDraft(PlanTemplate template) {
    this.template = template;
    steps = new ArrayList<>(template.steps());
    milestones = new ArrayList<>(template.milestones());
    criteria = new ArrayList<>(template.criteria());
    requiredRoles = new LinkedHashSet<>(template.requiredRoles());
  }

  PlanTemplate build() {
    return PlanTemplate.builder().from(template)
        .steps(steps).milestones(milestones).criteria(criteria).requiredRoles(requiredRoles).build();
  }

  StepTemplate step(String key) {
    return steps.get(indexOf(key));
  }

  void replaceStep(StepTemplate step) {
    steps.set(indexOf(step.key()), step);
  }

  /** Appends the item unless the list has one with its key already. */
  <T> void add(List<T> list, Function<T, String> key, T item) {
    String k = key.apply(item);
    if (list.stream().map(key).noneMatch(k::equals)) {
      list.add(item);
    }
  }

  void addStep(StepTemplate step, Optional<String> after, Optional<String> before, Optional<String> feeds) {
    if (after.isPresent() ? before.isPresent() || feeds.isPresent() : before.isPresent() && feeds.isPresent()) {
      throw new TemplateValidationException(PlanRule.VALID_VALUES, "addStep",
          "give one of after, before and feeds, not more");
    }
    if (steps.stream().anyMatch(s -> s.key().equals(step.key()))) {
      return; // the template has the step already
    }
    if (after.isPresent()) {
      String previous = after.get();
      int at = indexOf(previous);
      for (int i = 0; i < steps.size(); i++) {
        StepTemplate s = steps.get(i);
        if (s.dependsOn().contains(previous)) {
          steps.set(i, s.withDependsOn(replace(s.dependsOn(), previous, Set.of(step.key()))));
        }
      }
      steps.add(at + 1, step.withDependsOn(union(step.dependsOn(), Set.of(previous))));
    } else if (before.isPresent()) {
      int at = indexOf(before.get());
      StepTemplate next = steps.get(at);
      steps.set(at, next.withDependsOn(step.key()));
      steps.add(at, step.withDependsOn(union(step.dependsOn(), next.dependsOn())));
    } else if (feeds.isPresent()) {
      int at = indexOf(feeds.get());
      StepTemplate next = steps.get(at);
      steps.set(at, next.withDependsOn(union(next.dependsOn(), Set.of(step.key()))));
      steps.add(at, step);
    } else {
      steps.add(step);
    }
  }

  void removeStep(String key) {
    StepTemplate gone = steps.remove(indexOf(key));
    for (int i = 0; i < steps.size(); i++) {
      StepTemplate s = steps.get(i);
      if (s.dependsOn().contains(key)) {
        steps.set(i, s.withDependsOn(replace(s.dependsOn(), key, gone.dependsOn())));
      }
    }
    gone.milestone().ifPresent(m -> {
      boolean stillReached = steps.stream().anyMatch(s -> s.milestone().equals(Optional.of(m)));
      if (!stillReached) {
        milestones.removeIf(ms -> ms.key().equals(m) && !ms.closing());
      }
    });
  }

  void scaleDurations(double factor, Set<String> tags) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new TemplateValidationException(PlanRule.VALID_VALUES, "scaleDurations.factor",
          "must be more than 0 (was " + factor + ")");
    }
    for (int i = 0; i < steps.size(); i++) {
      StepTemplate s = steps.get(i);
      if (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains)) {
        steps.set(i, s.withDurationDays(scale(s, template.durationOf(s), factor))
            .withEstimate(s.estimate().map(e -> DurationEstimate.of(scale(s, e.optimistic(), factor),
                scale(s, e.mostLikely(), factor), scale(s, e.pessimistic(), factor)))));
      }
    }
  }

  void setDuration(String key, int days, Optional<DurationEstimate> estimate) {
    if (days < 1 || days > PlanLimits.MAX_DURATION_DAYS) {
      throw new TemplateValidationException(days < 1 ? PlanRule.VALID_VALUES : PlanRule.WITHIN_LIMITS,
          "setDuration.days", "must be from 1 to " + PlanLimits.MAX_DURATION_DAYS + " (was " + days + ")");
    }
    StepTemplate s = step(key);
    double factor = (double) days / template.durationOf(s);
    Optional<DurationEstimate> scaled = estimate.or(() -> s.estimate().map(e -> DurationEstimate.of(
        scale(s, e.optimistic(), factor), scale(s, e.mostLikely(), factor), scale(s, e.pessimistic(), factor))));
    replaceStep(s.withDurationDays(days).withEstimate(scaled));
  }

  /** Working days times a factor, rounded up; refused beyond the longest duration a plan holds. */
  private static int scale(StepTemplate step, int days, double factor) {
    double scaled = Math.ceil(days * factor - 1e-9);
    if (scaled > PlanLimits.MAX_DURATION_DAYS) {
      throw new TemplateValidationException(PlanRule.WITHIN_LIMITS, "steps[" + step.key() + "]",
          "scaled by " + factor + ", it would take more than " + PlanLimits.MAX_DURATION_DAYS + " working days");
    }
    return Math.max(1, (int) scaled);
  }

  private int indexOf(String key) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new TemplateValidationException(PlanRule.RESOLVED_REFERENCES, "steps",
        "the template has no step " + Texts.quote(key));
  }

  private static Set<String> replace(Set<String> keys, String gone, Set<String> with) {
    Set<String> result = keys.stream().filter(k -> !k.equals(gone)).collect(Collectors.toCollection(LinkedHashSet::new));
    result.addAll(with);
    return result;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new LinkedHashSet<>(a);
    result.addAll(b);
    return result;
  }
}
