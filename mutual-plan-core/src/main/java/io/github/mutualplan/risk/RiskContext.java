package io.github.mutualplan.risk;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.Schedule;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link RiskRule} looks at: the plan, its schedule as of the day, the thresholds, and its history.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RiskContext {
  RiskContext() {}

  static RiskContext create(MutualActionPlan plan, Schedule schedule, LocalDate asOf, RiskPolicy policy,
      Optional<PlanHistory> history) {
    return ImmutableRiskContext.of(plan, schedule, asOf, policy, history);
  }

  /** The plan. */
  @Value.Parameter
  public abstract MutualActionPlan plan();

  /**
   * The plan's schedule as of the day, on the calendars the assessment used ({@link Schedule#calendar}: the
   * plan's own unless the assessor overrides them).
   */
  @Value.Parameter
  public abstract Schedule schedule();

  /** The day of the assessment. */
  @Value.Parameter
  public abstract LocalDate asOf();

  /** The thresholds. */
  @Value.Parameter
  public abstract RiskPolicy policy();

  /** The plan's history, when the assessment was given one. */
  @Value.Parameter
  public abstract Optional<PlanHistory> history();
}
