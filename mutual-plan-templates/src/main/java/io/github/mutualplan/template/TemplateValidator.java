package io.github.mutualplan.template;

import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.internal.Cycles;
import io.github.mutualplan.internal.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a template and reports every problem at once. */
final class TemplateValidator {
  private final PlanTemplate template;
  private final List<String> problems = new ArrayList<>();

  private TemplateValidator(PlanTemplate template) {
    this.template = template;
  }

  static void check(PlanTemplate template) {
    TemplateValidator validator = new TemplateValidator(template);
    validator.run();
    if (!validator.problems.isEmpty()) {
      throw new TemplateValidationException("template '" + template.id() + "'", validator.problems);
    }
  }

  private void run() {
    key("id", template.id());
    if (template.version().isBlank()) {
      problems.add("version: must not be blank");
    }
    Set<String> stages = keys("stages", template.stages(), StageTemplate::key);
    Set<String> milestones = keys("milestones", template.milestones(), MilestoneTemplate::key);
    keys("steps", template.steps(), StepTemplate::key);
    Map<String, Integer> steps = new HashMap<>();
    for (int i = 0; i < template.steps().size(); i++) {
      steps.putIfAbsent(template.steps().get(i).key(), i);
    }
    keys("criteria", template.criteria(), CriterionTemplate::key);
    Set<String> objectives = keys("objectives", template.objectives(), ObjectiveTemplate::key);
    keys("metrics", template.metrics(), MetricTemplate::key);
    if (template.steps().isEmpty()) {
      problems.add("steps: a template needs at least one step");
    }
    for (StageTemplate stage : template.stages()) {
      if (stage.defaultDurationDays() < 1) {
        problems.add("stages[" + stage.key() + "].defaultDurationDays: must be at least 1 (was "
            + stage.defaultDurationDays() + ")");
      }
    }
    Set<String> reached = new HashSet<>();
    for (StepTemplate step : template.steps()) {
      String path = "steps[" + step.key() + "]";
      step.durationDays().ifPresent(days -> {
        if (days < 1) {
          problems.add(path + ".durationDays: must be at least 1 (was " + days + ")");
        }
      });
      if (step.durationDays().isEmpty() && step.stage().filter(stages::contains).isEmpty()) {
        problems.add(path + ".durationDays: needs a duration, or a stage with a default duration");
      }
      for (String dependency : step.dependsOn()) {
        if (!steps.containsKey(dependency)) {
          problems.add(path + ".dependsOn[" + dependency + "]: no step '" + dependency + "'");
        }
      }
      step.milestone().ifPresent(m -> {
        if (milestones.contains(m)) {
          reached.add(m);
        } else {
          problems.add(path + ".milestone: no milestone '" + m + "'");
        }
      });
      step.stage().filter(s -> !stages.contains(s))
          .ifPresent(s -> problems.add(path + ".stage: no stage '" + s + "'"));
      step.tags().stream().filter(t -> !Keys.isValid(t))
          .forEach(t -> problems.add(path + ".tags[" + t + "]: not a valid tag: use " + Keys.rule()));
      step.ownerRole().side().filter(side -> side != step.side()).ifPresent(side ->
          problems.add(path + ".ownerRole: " + step.ownerRole() + " is a " + side + " role, but the " + step.side()
              + " owes the step"));
      if (step.side() == Side.BUYER && step.visibility() != Visibility.SHARED) {
        problems.add(path + ".visibility: a step the buyer owes is always shared");
      }
    }
    checkCycles(steps);
    List<String> closing = template.milestones().stream().filter(MilestoneTemplate::closing)
        .map(MilestoneTemplate::key).collect(Collectors.toList());
    if (closing.size() > 1) {
      problems.add("milestones: " + closing + " all close; a template has at most one closing milestone");
    }
    for (MilestoneTemplate m : template.milestones()) {
      if (!reached.contains(m.key())) {
        problems.add("milestones[" + m.key() + "]: no step leads to it, so it would have no date");
      }
      if (m.closing() && m.visibility() != Visibility.SHARED) {
        problems.add("milestones[" + m.key() + "].visibility: the closing milestone is always shared");
      }
    }
    for (CriterionTemplate c : template.criteria()) {
      if (c.weight() < 1 || c.weight() > 100) {
        problems.add("criteria[" + c.key() + "].weight: must be between 1 and 100 (was " + c.weight() + ")");
      }
      c.ownerRole().flatMap(io.github.mutualplan.Role::side).filter(side -> side != Side.BUYER).ifPresent(side ->
          problems.add("criteria[" + c.key() + "].ownerRole: " + c.ownerRole().get() + " is a " + side
              + " role; a criterion is owned on the BUYER side"));
    }
    for (MetricTemplate m : template.metrics()) {
      m.objective().filter(o -> !objectives.contains(o))
          .ifPresent(o -> problems.add("metrics[" + m.key() + "].objective: no objective '" + o + "'"));
      if (m.measuredDaysAfterClose() < 0) {
        problems.add("metrics[" + m.key() + "].measuredDaysAfterClose: must not be negative (was "
            + m.measuredDaysAfterClose() + ")");
      }
    }
  }

  private void key(String path, String key) {
    if (!Keys.isValid(key)) {
      problems.add(path + ": '" + key + "' is not a valid key: use " + Keys.rule());
    }
  }

  private <T> Set<String> keys(String list, List<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new java.util.LinkedHashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      key(list + "[" + k + "]", k);
      if (!seen.add(k)) {
        repeated.add(k);
      }
    }
    repeated.forEach(k -> problems.add(list + "[" + k + "]: the key is used more than once"));
    return seen;
  }

  private void checkCycles(Map<String, Integer> index) {
    List<StepTemplate> steps = template.steps();
    int[][] edges = new int[steps.size()][];
    for (int i = 0; i < steps.size(); i++) {
      edges[i] = steps.get(i).dependsOn().stream().map(index::get).filter(j -> j != null)
          .mapToInt(Integer::intValue).toArray();
    }
    for (List<Integer> cycle : Cycles.find(edges)) {
      problems.add("steps[" + steps.get(cycle.get(0)).key() + "].dependsOn: dependency cycle "
          + cycle.stream().map(i -> steps.get(i).key()).collect(Collectors.joining(" -> ")));
    }
  }
}
