package io.github.mutualplan;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An owner's acceptance of one version of the plan. It holds until a material change comes after it, which
 * makes it {@linkplain #stale() stale}; the owner then signs again.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class SignOff {
  SignOff() {}

  /**
   * Returns a current (not stale) sign-off.
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

  /** Whether a material change came after it, so that it no longer holds; false unless set. */
  @Value.Default
  public boolean stale() {
    return false;
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #stakeholder() stakeholder}. */
  public abstract SignOff withStakeholder(StakeholderId value);

  /** A copy with this {@link #signedAt() signedAt}. */
  public abstract SignOff withSignedAt(Instant value);

  /** A copy with this {@link #version() version}. */
  public abstract SignOff withVersion(long value);

  /** A copy with this {@link #stale() stale}. */
  public abstract SignOff withStale(boolean value);
}
