package io.github.mutualplan.template;

import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Side;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.DependencyCycles;
import io.github.mutualplan.Keys;
import io.github.mutualplan.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a template and reports every problem at once. Besides its shape, a template is kept within what every
 * plan made from it can hold ({@link PlanLimits}): its texts are names or free texts as the plan's are, each
 * duration is at most {@link PlanLimits#MAX_DURATION_DAYS} working days, its longest chain of steps at most
 * {@link PlanTemplate#MAX_TIMELINE_DAYS} and a metric is measured at most
 * {@link PlanTemplate#MAX_DAYS_AFTER_CLOSE} days after the close, so that a plan made from it spans less than the
 * {@value PlanLimits#MAX_SPAN_YEARS} years a plan may.
 */
final class TemplateValidator {
  private final PlanTemplate template;
  private final List<Violation> problems = new ArrayList<>();

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
    name("version", template.version());
    name("name", template.name());
    template.description().ifPresent(d -> text("description", d));
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
      add(PlanRule.VALID_VALUES, "steps", "a template needs at least one step");
    }
    for (StageTemplate stage : template.stages()) {
      name(item("stages", stage.key()) + ".name", stage.name());
      duration(item("stages", stage.key()) + ".defaultDurationDays", stage.defaultDurationDays());
    }
    Set<String> reached = new HashSet<>();
    for (StepTemplate step : template.steps()) {
      String path = item("steps", step.key());
      name(path + ".title", step.title());
      step.deliverable().ifPresent(d -> text(path + ".deliverable", d));
      step.durationDays().ifPresent(days -> duration(path + ".durationDays", days));
      if (step.durationDays().isEmpty() && step.stage().filter(stages::contains).isEmpty()) {
        add(PlanRule.VALID_VALUES, path + ".durationDays", "needs a duration, or a stage with a default duration");
      }
      for (String dependency : step.dependsOn()) {
        if (!steps.containsKey(dependency)) {
          add(PlanRule.RESOLVED_REFERENCES, item(path + ".dependsOn", dependency),
              "no step " + Texts.quote(dependency));
        }
      }
      step.milestone().ifPresent(m -> {
        if (milestones.contains(m)) {
          reached.add(m);
        } else {
          add(PlanRule.RESOLVED_REFERENCES, path + ".milestone", "no milestone " + Texts.quote(m));
        }
      });
      step.stage().filter(s -> !stages.contains(s))
          .ifPresent(s -> add(PlanRule.RESOLVED_REFERENCES, path + ".stage", "no stage " + Texts.quote(s)));
      step.tags().stream().filter(t -> !Keys.isValid(t))
          .forEach(t -> add(PlanRule.VALID_VALUES, path + ".tags", Texts.quote(t) + " is not a valid tag: use "
              + Keys.rule()));
      step.ownerRole().side().filter(side -> side != step.side()).ifPresent(side ->
          add(PlanRule.ROLE_SIDES, path + ".ownerRole", step.ownerRole() + " is a " + side + " role, but the "
              + step.side() + " owes the step"));
      if (step.side() == Side.BUYER && step.visibility() != Visibility.SHARED) {
        add(PlanRule.VISIBILITY, path + ".visibility", "a step the buyer owes is always shared");
      }
    }
    if (!checkCycles(steps)) {
      checkTimeline(steps);
    }
    List<String> closing = template.milestones().stream().filter(MilestoneTemplate::closing)
        .map(MilestoneTemplate::key).collect(Collectors.toList());
    if (closing.size() > 1) {
      add(PlanRule.LIFECYCLE, "milestones", closing + " all close; a template has at most one closing milestone");
    }
    for (MilestoneTemplate m : template.milestones()) {
      name(item("milestones", m.key()) + ".name", m.name());
      for (int i = 0; i < m.exitCriteria().size(); i++) {
        text(item("milestones", m.key()) + ".exitCriteria[" + i + "]", m.exitCriteria().get(i));
      }
      if (!reached.contains(m.key())) {
        add(PlanRule.VALID_VALUES, "milestones[" + m.key() + "]", "no step leads to it, so it would have no date");
      }
      if (m.closing() && m.visibility() != Visibility.SHARED) {
        add(PlanRule.VISIBILITY, "milestones[" + m.key() + "].visibility", "the closing milestone is always shared");
      }
    }
    for (CriterionTemplate c : template.criteria()) {
      name(item("criteria", c.key()) + ".name", c.name());
      if (c.weight() < 1 || c.weight() > 100) {
        add(PlanRule.VALID_VALUES, "criteria[" + c.key() + "].weight", "must be between 1 and 100 (was " + c.weight()
            + ")");
      }
      c.ownerRole().flatMap(io.github.mutualplan.Role::side).filter(side -> side != Side.BUYER).ifPresent(side ->
          add(PlanRule.ROLE_SIDES, "criteria[" + c.key() + "].ownerRole", c.ownerRole().get() + " is a " + side
              + " role; a criterion is owned on the BUYER side"));
    }
    for (ObjectiveTemplate o : template.objectives()) {
      name(item("objectives", o.key()) + ".title", o.title());
      o.description().ifPresent(d -> text(item("objectives", o.key()) + ".description", d));
    }
    for (MetricTemplate m : template.metrics()) {
      String path = item("metrics", m.key());
      name(path + ".name", m.name());
      name(path + ".unit", m.unit());
      m.objective().filter(o -> !objectives.contains(o))
          .ifPresent(o -> add(PlanRule.RESOLVED_REFERENCES, path + ".objective", "no objective " + Texts.quote(o)));
      if (m.measuredDaysAfterClose() < 0 || m.measuredDaysAfterClose() > PlanTemplate.MAX_DAYS_AFTER_CLOSE) {
        add(PlanRule.WITHIN_LIMITS, path + ".measuredDaysAfterClose", "must be from 0 to "
            + PlanTemplate.MAX_DAYS_AFTER_CLOSE + " (was " + m.measuredDaysAfterClose() + ")");
      }
    }
  }

  private void add(PlanRule rule, String path, String message) {
    problems.add(Violation.of(rule, path, message));
  }

  private static PlanRule rule(Texts.Problem problem) {
    return problem.overLimit() ? PlanRule.WITHIN_LIMITS : PlanRule.VALID_VALUES;
  }

  /** An item of a list by its key as a path, the key quoted when it is not one. */
  private static String item(String list, String key) {
    return list + "[" + (Keys.isValid(key) ? key : Texts.quote(key)) + "]";
  }

  private void key(String path, String key) {
    if (!Keys.isValid(key)) {
      add(PlanRule.VALID_VALUES, path, Texts.quote(key) + " is not a valid key: use " + Keys.rule());
    }
  }

  private void duration(String path, int days) {
    if (days < 1 || days > PlanLimits.MAX_DURATION_DAYS) {
      add(days < 1 ? PlanRule.VALID_VALUES : PlanRule.WITHIN_LIMITS, path, "must be from 1 to "
          + PlanLimits.MAX_DURATION_DAYS + " working days (was " + days + ")");
    }
  }

  /** A text that becomes a name in the plan: one line, and short (a free text is checked as it is made). */
  private void name(String path, LocalizedText text) {
    text.byLanguage().forEach((language, value) -> name(path + "." + language, value));
  }

  private void name(String path, String text) {
    Texts.problem(text, Texts.Kind.NAME).ifPresent(p -> add(rule(p), path, p.message()));
  }

  private void text(String path, LocalizedText text) {
    text.byLanguage().forEach((language, value) ->
        Texts.problem(value, Texts.Kind.TEXT).ifPresent(p -> add(rule(p), path + "." + language, p.message())));
  }

  private <T> Set<String> keys(String list, List<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new java.util.LinkedHashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      key(list, k);
      if (!seen.add(k)) {
        repeated.add(k);
      }
    }
    repeated.forEach(k -> add(PlanRule.UNIQUE_IDS, item(list, k), "the key is used more than once"));
    return seen;
  }

  /** Reports the dependency cycles; returns whether there is any. */
  private boolean checkCycles(Map<String, Integer> index) {
    List<List<Integer>> cycles = DependencyCycles.find(edges(index));
    List<StepTemplate> steps = template.steps();
    for (List<Integer> cycle : cycles) {
      add(PlanRule.ACYCLIC_DEPENDENCIES, item("steps", steps.get(cycle.get(0)).key()) + ".dependsOn",
          "dependency cycle " + cycle.stream().map(i -> steps.get(i).key()).collect(Collectors.joining(" -> ")));
    }
    return !cycles.isEmpty();
  }

  /** The working days of the longest chain of steps, each after what it depends on; the steps form no cycle. */
  private void checkTimeline(Map<String, Integer> index) {
    int[][] edges = edges(index);
    Map<String, Integer> stageDays = new HashMap<>();
    template.stages().forEach(s -> stageDays.putIfAbsent(s.key(), s.defaultDurationDays()));
    long[] finish = new long[edges.length];
    boolean[] done = new boolean[edges.length];
    long longest = 0;
    for (int start = 0; start < edges.length; start++) {
      // Depth first over what the step waits for, without recursion: a long chain cannot overflow the stack.
      ArrayDeque<Integer> stack = new ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) {
        int v = stack.peek();
        if (done[v]) {
          stack.pop();
          continue;
        }
        boolean ready = true;
        for (int w : edges[v]) {
          if (!done[w]) {
            stack.push(w);
            ready = false;
          }
        }
        if (ready) {
          stack.pop();
          long before = 0;
          for (int w : edges[v]) {
            before = Math.max(before, finish[w]);
          }
          StepTemplate step = template.steps().get(v);
          int days = step.durationDays().orElse(step.stage().map(stageDays::get).orElse(0));
          finish[v] = before + Math.max(0, days);
          done[v] = true;
          longest = Math.max(longest, finish[v]);
        }
      }
    }
    if (longest > PlanTemplate.MAX_TIMELINE_DAYS) {
      add(PlanRule.WITHIN_LIMITS, "steps", "the longest chain of steps takes " + longest + " working days; at most "
          + PlanTemplate.MAX_TIMELINE_DAYS);
    }
  }

  private int[][] edges(Map<String, Integer> index) {
    List<StepTemplate> steps = template.steps();
    int[][] edges = new int[steps.size()][];
    for (int i = 0; i < steps.size(); i++) {
      edges[i] = steps.get(i).dependsOn().stream().map(index::get).filter(j -> j != null)
          .mapToInt(Integer::intValue).toArray();
    }
    return edges;
  }
}
