package io.github.mutualplan;

import io.github.mutualplan.internal.PlanStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An owner's acceptance of one version of the plan. It is <em>current</em> while no material change came
 * after it ({@link MutualActionPlan#isCurrent(SignOff)}), <em>stale</em> otherwise.
 */
@Value.Immutable(builder = false, copy = false)
@PlanStyle
public abstract class SignOff {
  SignOff() {}

  /**
   * Returns a sign-off.
   *
   * @param stakeholder the owner who signed
   * @param signedAt when
   * @param version the plan version signed
   * @return the sign-off
   */
  public static SignOff of(StakeholderId stakeholder, Instant signedAt, long version) {
    return ImmutableSignOff.of(stakeholder, signedAt, version);
  }

  /** The owner who signed. */
  @Value.Parameter
  public abstract StakeholderId stakeholder();

  /** When. */
  @Value.Parameter
  public abstract Instant signedAt();

  /** The plan version signed. */
  @Value.Parameter
  public abstract long version();
}
