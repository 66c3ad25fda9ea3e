package io.github.mutualplan.store;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.risk.HealthBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One plan as a query lists it: what the store keeps beside its events to find it, without loading it.
 * {@link PlanStore#load(TenantId, PlanId)} gives the plan itself.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanSummary {
  PlanSummary() {}

  static ImmutablePlanSummary.Builder builder() {
    return ImmutablePlanSummary.builder();
  }

  /** The plan's identifier. */
  public abstract PlanId id();

  /** Its current version. */
  public abstract long version();

  /** Its title. */
  public abstract String title();

  /** Whether it is a closing plan or a mutual action plan. */
  public abstract PlanKind kind();

  /** Its status. */
  public abstract PlanStatus status();

  /** The seller who owns it. */
  public abstract StakeholderId sellerOwner();

  /** The day it is to close. */
  public abstract LocalDate targetClose();

  /** The template it was made from, if it was. */
  public abstract Optional<String> templateId();

  /**
   * Its health band when it was last assessed (see {@link PlanStore#assessHealth}); empty if its calendars could
   * not be resolved.
   */
  public abstract Optional<HealthBand> health();

  /** When it was created. */
  public abstract Instant createdAt();

  /** When its last change was made; its creation if none was. */
  public abstract Instant updatedAt();
}
