package io.github.mutualplan.template;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Role;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link TemplateInstantiator} made: the plan, and what the seller should know about it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instantiation {
  Instantiation() {}

  /** The plan: a closing plan, valid, with dates for every commitment and milestone. */
  public abstract MutualActionPlan plan();

  /** The template as the rules left it. */
  public abstract PlanTemplate tailoredTemplate();

  /** The rules that applied and why, in order; also in the plan's provenance. */
  public abstract List<AppliedRule> appliedRules();

  /** The roles the template requires that no one among the people has yet; their steps went to someone else. */
  public abstract Set<Role> missingRoles();

  /**
   * For a backward anchor that cannot be met: by how many working days of the seller the steps miss the
   * target close when started on the earliest day allowed. Empty when it is met, or for a forward anchor.
   */
  public abstract OptionalInt shortfallDays();

  /** The lint warnings of the tailored template. */
  public abstract List<String> warnings();

  /**
   * Whether the plan may be shared with the buyer as it is: a buyer co-owner, a champion and an economic buyer
   * are named (the conversion gate). Other missing roles are in {@link #missingRoles()}.
   */
  public abstract boolean readyToShare();
}
