package io.github.mutualplan.risk;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Assesses the risk of plans: runs every rule over a plan and its schedule as of a day, and scores the result.
 *
 * <pre>{@code
 * RiskAssessor assessor = RiskAssessor.standard();                     // on the calendars each plan names
 * RiskReport today = assessor.assess(history, LocalDate.now(clock));   // with the history: stale plans, slips
 * today.healthScore();                                                  // 0 to 100
 * today.findings().forEach(f -> System.out.println(f.message(Locale.ENGLISH) + " -> " + f.action(Locale.ENGLISH)));
 * today.changesSince(lastWeek).added();                                 // what is new
 * }</pre>
 *
 * <p>A closed plan has no findings and scores 100. Instances are immutable and safe to share between threads,
 * as their rules must be.
 *
 * @since 0.1.0
 */
public final class RiskAssessor {
  /** Most severe first, then by rule and subject; written out, as a portfolio sorts millions of findings. */
  private static final Comparator<RiskFinding> ORDER = (a, b) -> {
    int order = b.severity().compareTo(a.severity());
    if (order == 0) {
      order = a.rule().compareTo(b.rule());
    }
    return order != 0 ? order : a.subject().compareTo(b.subject());
  };

  private final ImmutableList<RiskRule> rules;
  private final RiskPolicy policy;
  private final ScheduleOptions options;

  private RiskAssessor(List<RiskRule> rules, RiskPolicy policy, ScheduleOptions options) {
    Set<RiskRuleId> ids = new HashSet<>();
    for (RiskRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("rules: two rules have the id '" + rule.id() + "'");
      }
    }
    this.rules = ImmutableList.copyOf(rules);
    this.policy = policy;
    this.options = options;
  }

  /**
   * The built-in rules and every rule registered as a {@link RiskRule} service, with the default policy and
   * each plan's own calendars.
   */
  public static RiskAssessor standard() {
    List<RiskRule> all = new ArrayList<>(builtInRules());
    all.addAll(discoveredRules());
    return new RiskAssessor(all, RiskPolicy.defaults(), ScheduleOptions.defaults());
  }

  /** An assessor of exactly these rules. */
  public static RiskAssessor of(List<RiskRule> rules, RiskPolicy policy, ScheduleOptions options) {
    return new RiskAssessor(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(options, "options"));
  }

  /** The built-in rules, in the order they run; {@link RiskRule} lists them. */
  public static List<RiskRule> builtInRules() {
    return StandardRules.all();
  }

  /** The rules registered as {@link RiskRule} services on the class path or module path. */
  public static List<RiskRule> discoveredRules() {
    List<RiskRule> found = new ArrayList<>();
    ServiceLoader.load(RiskRule.class, RiskAssessor.class.getClassLoader()).forEach(found::add);
    found.sort(Comparator.comparing(RiskRule::id));
    return found;
  }

  /** The rules this assessor runs. */
  public List<RiskRule> rules() {
    return rules;
  }

  /** The thresholds. */
  public RiskPolicy policy() {
    return policy;
  }

  /** A copy with these thresholds. */
  public RiskAssessor withPolicy(RiskPolicy policy) {
    return new RiskAssessor(rules, Objects.requireNonNull(policy, "policy"), options);
  }

  /** A copy with these calendars: each plan's own unless the options override them. */
  public RiskAssessor withScheduleOptions(ScheduleOptions options) {
    return new RiskAssessor(rules, policy, Objects.requireNonNull(options, "options"));
  }

  /** The calendars. */
  public ScheduleOptions scheduleOptions() {
    return options;
  }

  /**
   * Assesses a plan as of a day.
   *
   * @param plan the plan
   * @param asOf the day
   * @return the findings and the score
   */
  public RiskReport assess(MutualActionPlan plan, LocalDate asOf) {
    return assess(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(asOf, "asOf"), Optional.empty());
  }

  /**
   * Assesses a plan's current version as of a day, using its history for the rules that need one (a stale
   * plan, repeated slips, engagement).
   */
  public RiskReport assess(PlanHistory history, LocalDate asOf) {
    Objects.requireNonNull(history, "history");
    return assess(history.current(), Objects.requireNonNull(asOf, "asOf"), Optional.of(history));
  }

  private RiskReport assess(MutualActionPlan plan, LocalDate asOf, Optional<PlanHistory> history) {
    if (plan.status().isClosed()) {
      return RiskReport.of(plan.id(), plan.version(), asOf, Optional.empty(), List.of());
    }
    Schedule schedule = Scheduler.of(options).schedule(plan, asOf);
    RiskContext context = RiskContext.create(plan, schedule, asOf, policy, history);
    List<RiskFinding> findings = new ArrayList<>();
    for (RiskRule rule : rules) {
      List<RiskFinding> found = rule.assess(context);
      if (!found.isEmpty()) { // most rules find nothing in a plan: no copy of their empty list
        findings.addAll(found);
      }
    }
    findings.sort(ORDER);
    return RiskReport.of(plan.id(), plan.version(), asOf, Optional.of(schedule.projectedClose()), findings);
  }
}
