package io.github.mutualplan.history;

import io.github.mutualplan.StakeholderId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something that happened to a plan: a change applied, or what it set off. Every event names the version it
 * produced, when, and who acted. A {@link PlanHistory} is the list of a plan's events.
 *
 * <p>An applied change is recorded as {@link ChangeApplied}. If it was material and the plan was signed off,
 * a {@link SignOffsWentStale} follows; if it was the second owner's sign-off, a {@link PlanAgreed} follows.
 *
 * @since 0.1.0
 */
@Value.Enclosing
public abstract sealed class PlanEvent {
  PlanEvent() {}

  /** The plan version this event produced. */
  @Value.Parameter
  public abstract long version();

  /** When it happened. */
  @Value.Parameter
  public abstract Instant at();

  /** Who made the change. */
  @Value.Parameter
  public abstract StakeholderId actor();

  /** Returns a record of an applied change. */
  public static ChangeApplied changeApplied(
      long version, Instant at, StakeholderId actor, PlanChange change, boolean material) {
    return ImmutablePlanEvent.ChangeApplied.of(version, at, actor, change, material);
  }

  /** Returns a record of sign-offs made stale by a material change. */
  public static SignOffsWentStale signOffsWentStale(
      long version, Instant at, StakeholderId actor, List<StakeholderId> signers) {
    return ImmutablePlanEvent.SignOffsWentStale.of(version, at, actor, signers);
  }

  /** Returns a record of a plan agreed by both owners. */
  public static PlanAgreed planAgreed(long version, Instant at, StakeholderId actor) {
    return ImmutablePlanEvent.PlanAgreed.of(version, at, actor);
  }

  /** A change was applied. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // version, time and actor come first, then this event's own attributes
  public abstract static non-sealed class ChangeApplied extends PlanEvent {
    ChangeApplied() {}


    /** The change. */
    @Value.Parameter
    public abstract PlanChange change();

    /** Whether the policy judged it material: one that makes sign-offs stale. */
    @Value.Parameter
    public abstract boolean material();
  }

  /** A material change made the owners' sign-offs stale; an agreed plan is shared again until re-signed. */
  @Value.Immutable(builder = false, copy = false)
  @SuppressWarnings("immutables:subtype") // version, time and actor come first, then this event's own attributes
  public abstract static non-sealed class SignOffsWentStale extends PlanEvent {
    SignOffsWentStale() {}


    /** The owners whose sign-offs no longer hold. */
    @Value.Parameter
    public abstract List<StakeholderId> signers();
  }

  /** Both owners have signed off: the plan is agreed. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static non-sealed class PlanAgreed extends PlanEvent {
    PlanAgreed() {}
  }
}
