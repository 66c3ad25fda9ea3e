package io.github.mutualplan;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An owner's acceptance of one version of the plan. It holds until a material change comes after it, which
 * makes it {@linkplain #stale() stale}; the owner then signs again.
 */
@Value.Immutable(builder = false)
public abstract class SignOff implements WithSignOff {
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
}
