package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of applying a change: the next version of the plan, and the events the change caused.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Edit {
  Edit() {}

  static Edit of(MutualActionPlan plan, List<PlanEvent> events) {
    return ImmutableEdit.of(plan, events);
  }

  /** The next version of the plan. */
  @Value.Parameter
  public abstract MutualActionPlan plan();

  /** The events, the {@link PlanEvent.ChangeApplied} first; all of them of the new version. */
  @Value.Parameter
  public abstract List<PlanEvent> events();
}
