package io.github.mutualplan.store;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.risk.HealthBand;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which of a tenant's plans to list, and how many at a time: every filter given must hold. Plans are listed in
 * the order of their identifiers, a page at a time ({@link Page#next()}).
 *
 * <pre>{@code
 * PlanQuery mine = PlanQuery.all()
 *     .ownedBy(StakeholderId.of("alex-ae"))
 *     .withStatus(PlanStatus.SHARED, PlanStatus.AGREED)
 *     .closingIn(YearMonth.of(2027, 6))
 *     .limit(20);
 * }</pre>
 *
 * <p>A query is an immutable value; each method returns a copy with one filter set.
 *
 * @since 0.1.0
 */
public final class PlanQuery {
  /** The most plans a page lists. */
  public static final int MAX_LIMIT = 1_000;
  /** How many plans a page lists unless set otherwise. */
  public static final int DEFAULT_LIMIT = 50;

  private static final PlanQuery ALL = new PlanQuery(null, EnumSet.noneOf(PlanStatus.class), null, null, null, null,
      null, DEFAULT_LIMIT, null);

  private final @Nullable StakeholderId owner;
  private final Set<PlanStatus> statuses;
  private final @Nullable PlanKind kind;
  private final @Nullable YearMonth closeMonth;
  private final @Nullable HealthBand health;
  private final @Nullable String templateId;
  private final @Nullable Instant updatedSince;
  private final int limit;
  private final @Nullable PlanId after;

  private PlanQuery(@Nullable StakeholderId owner, Set<PlanStatus> statuses, @Nullable PlanKind kind,
      @Nullable YearMonth closeMonth, @Nullable HealthBand health, @Nullable String templateId,
      @Nullable Instant updatedSince, int limit, @Nullable PlanId after) {
    this.owner = owner;
    this.statuses = statuses;
    this.kind = kind;
    this.closeMonth = closeMonth;
    this.health = health;
    this.templateId = templateId;
    this.updatedSince = updatedSince;
    this.limit = limit;
    this.after = after;
  }

  /** Every plan of the tenant, {@value #DEFAULT_LIMIT} to a page. */
  public static PlanQuery all() {
    return ALL;
  }

  /** Only the plans this seller owns. */
  public PlanQuery ownedBy(StakeholderId sellerOwner) {
    return new PlanQuery(Objects.requireNonNull(sellerOwner, "sellerOwner"), statuses, kind, closeMonth, health,
        templateId, updatedSince, limit, after);
  }

  /**
   * Only the plans in one of these statuses.
   *
   * @throws IllegalArgumentException if none is given
   */
  public PlanQuery withStatus(PlanStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.length == 0) {
      throw new IllegalArgumentException("statuses: give at least one");
    }
    Arrays.stream(statuses).forEach(s -> Objects.requireNonNull(s, "statuses[]"));
    return new PlanQuery(owner, EnumSet.copyOf(Arrays.asList(statuses)), kind, closeMonth, health, templateId,
        updatedSince, limit, after);
  }

  /** Only the plans of this kind. */
  public PlanQuery ofKind(PlanKind kind) {
    return new PlanQuery(owner, statuses, Objects.requireNonNull(kind, "kind"), closeMonth, health, templateId,
        updatedSince, limit, after);
  }

  /** Only the plans whose target close falls in this month. */
  public PlanQuery closingIn(YearMonth month) {
    return new PlanQuery(owner, statuses, kind, Objects.requireNonNull(month, "month"), health, templateId,
        updatedSince, limit, after);
  }

  /** Only the plans in this health band when last assessed. */
  public PlanQuery withHealth(HealthBand band) {
    return new PlanQuery(owner, statuses, kind, closeMonth, Objects.requireNonNull(band, "band"), templateId,
        updatedSince, limit, after);
  }

  /** Only the plans made from this template (its identifier, as the plan's provenance names it). */
  public PlanQuery fromTemplate(String templateId) {
    return new PlanQuery(owner, statuses, kind, closeMonth, health, Objects.requireNonNull(templateId, "templateId"),
        updatedSince, limit, after);
  }

  /** Only the plans changed (or created) at or after this instant. */
  public PlanQuery updatedSince(Instant since) {
    return new PlanQuery(owner, statuses, kind, closeMonth, health, templateId,
        Objects.requireNonNull(since, "since"), limit, after);
  }

  /**
   * At most this many plans to a page.
   *
   * @throws IllegalArgumentException unless 1 to {@value #MAX_LIMIT}
   */
  public PlanQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: " + limit + " is not from 1 to " + MAX_LIMIT);
    }
    return new PlanQuery(owner, statuses, kind, closeMonth, health, templateId, updatedSince, limit, after);
  }

  /** Only the plans whose identifier sorts after this one: the next page after a page that ended with it. */
  public PlanQuery after(PlanId plan) {
    return new PlanQuery(owner, statuses, kind, closeMonth, health, templateId, updatedSince, limit,
        Objects.requireNonNull(plan, "plan"));
  }

  /** The seller owner asked for, if any. */
  public Optional<StakeholderId> owner() {
    return Optional.ofNullable(owner);
  }

  /** The statuses asked for; empty for any. */
  public Set<PlanStatus> statuses() {
    return statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
  }

  /** The kind asked for, if any. */
  public Optional<PlanKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The month of the target close asked for, if any. */
  public Optional<YearMonth> closeMonth() {
    return Optional.ofNullable(closeMonth);
  }

  /** The health band asked for, if any. */
  public Optional<HealthBand> health() {
    return Optional.ofNullable(health);
  }

  /** The template asked for, if any. */
  public Optional<String> templateId() {
    return Optional.ofNullable(templateId);
  }

  /** The earliest last change asked for, if any. */
  public Optional<Instant> updatedSince() {
    return Optional.ofNullable(updatedSince);
  }

  /** The most plans a page lists. */
  public int limit() {
    return limit;
  }

  /** The identifier the page starts after, if any. */
  public Optional<PlanId> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PlanQuery)) {
      return false;
    }
    PlanQuery that = (PlanQuery) other;
    return limit == that.limit && Objects.equals(owner, that.owner) && statuses.equals(that.statuses)
        && kind == that.kind && Objects.equals(closeMonth, that.closeMonth) && health == that.health
        && Objects.equals(templateId, that.templateId) && Objects.equals(updatedSince, that.updatedSince)
        && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(owner, statuses, kind, closeMonth, health, templateId, updatedSince, limit, after);
  }

  /** Returns the filters set, the limit and where the page starts. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PlanQuery{");
    owner().ifPresent(o -> text.append("owner=").append(o).append(", "));
    if (!statuses.isEmpty()) {
      text.append("statuses=").append(statuses.stream().map(Enum::name).collect(Collectors.joining("|")))
          .append(", ");
    }
    kind().ifPresent(k -> text.append("kind=").append(k).append(", "));
    closeMonth().ifPresent(m -> text.append("closeMonth=").append(m).append(", "));
    health().ifPresent(h -> text.append("health=").append(h).append(", "));
    templateId().ifPresent(t -> text.append("template=").append(Quoted.of(t)).append(", "));
    updatedSince().ifPresent(u -> text.append("updatedSince=").append(u).append(", "));
    after().ifPresent(a -> text.append("after=").append(a).append(", "));
    return text.append("limit=").append(limit).append('}').toString();
  }
}
