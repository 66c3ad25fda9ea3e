package io.github.mutualplan.store;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.EditConflictException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Plans and their histories, kept for tenants: what a service that embeds the library stores its plans in.
 *
 * <pre>{@code
 * PlanStore store = JdbcPlanStore.open(dataSource);                   // PostgreSQL or H2; migrates its tables
 * TenantId acme = TenantId.of("acme");
 * store.create(acme, plan, now);                                      // version 1
 * MutualActionPlan v2 = store.append(acme, plan.id(), 1, PlanChange.share(maria), alex, now);
 * store.query(acme, PlanQuery.all().ownedBy(alex)).items();           // summaries, a page at a time
 * }</pre>
 *
 * <p><b>Changes are edits.</b> {@link #append} applies a change as {@link PlanEditor#apply(PlanHistory, long,
 * PlanChange, StakeholderId, Instant)} does, under the store's policy: made against an older version, it is
 * rebased when nothing in between touched the same items, and refused with an {@link EditConflictException}
 * otherwise. Appends to one plan are serialized, so of two writers that made changes against the same version
 * and touch the same item exactly one wins; the events, the plan's row and the notifications of a change are
 * written in one transaction, so a change is stored whole or not at all.
 *
 * <p><b>Reads verify.</b> Every plan read is replayed from a stored version through the store's policy, as
 * {@link PlanHistory#replay} does; a forged row is a {@link PlanStoreException}, never a plan.
 *
 * <p><b>Times</b> are kept to the microsecond, as PostgreSQL keeps them: an append at a finer instant (a clock
 * that reads nanoseconds) is stored, and its event made, at the microsecond it falls in; a history to be created
 * whose events are finer than that is refused, as it would not read back the same.
 *
 * <p><b>Tenants.</b> Every method takes the tenant; a plan of another tenant is as absent as one never stored
 * ({@link PlanNotFoundException}). Identifiers are unique per tenant.
 *
 * <p>Every method throws {@link PlanStoreException} when the database fails, and {@link NullPointerException}
 * naming a parameter that is null. Implementations must be safe to share between threads, as
 * {@link JdbcPlanStore} is.
 *
 * @since 0.1.0
 */
public interface PlanStore {
  /**
   * Stores a new plan as its first version.
   *
   * @param tenant whose plan it is
   * @param plan the plan, of any version (usually 1)
   * @param at when it was created
   * @throws DuplicatePlanException if the tenant has a plan with its identifier
   */
  void create(TenantId tenant, MutualActionPlan plan, Instant at);

  /**
   * Stores a plan with the history it has already (moved from another store, say), verified again under the
   * store's policy.
   *
   * @param tenant whose plan it is
   * @param history the history, from the plan's first version
   * @param at when the plan was created, at or before its first event
   * @throws DuplicatePlanException if the tenant has a plan with its identifier
   * @throws io.github.mutualplan.history.InvalidHistoryException if the history does not replay under the store's
   *     policy
   * @throws IllegalArgumentException if {@code at} is after the first event, or an event's time is finer than a
   *     microsecond
   */
  void create(TenantId tenant, PlanHistory history, Instant at);

  /**
   * Applies a change made against a version of a plan and stores the next version, as one transaction.
   *
   * @param tenant whose plan it is
   * @param plan the plan
   * @param basedOn the version the change was made against
   * @param change the change
   * @param actor who makes it
   * @param at when; not before the plan's last event; truncated to the microsecond
   * @return the plan's new current version
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws EditConflictException if a change after {@code basedOn} touched an item this one touches
   * @throws ChangeRejectedException if the actor may not make the change or it does not fit the plan (its
   *     subtypes tell which); nothing is stored
   */
  MutualActionPlan append(TenantId tenant, PlanId plan, long basedOn, PlanChange change, StakeholderId actor,
      Instant at);

  /**
   * Applies a change made against a version of a plan, at the time a clock reads once the plan is locked, and
   * stores the next version, as one transaction: what a service does, so that the events of writers who append
   * at the same moment are in the order they were stored. A clock that reads earlier than the plan's last event
   * (the clocks of two servers a little apart) gives the last event's time.
   *
   * @param clock the clock the time is taken from, for example {@code Clock.systemUTC()}
   * @return the plan's new current version
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws EditConflictException if a change after {@code basedOn} touched an item this one touches
   * @throws ChangeRejectedException if the actor may not make the change or it does not fit the plan
   * @see #append(TenantId, PlanId, long, PlanChange, StakeholderId, Instant)
   */
  MutualActionPlan append(TenantId tenant, PlanId plan, long basedOn, PlanChange change, StakeholderId actor,
      Clock clock);

  /**
   * The current version of a plan, if the tenant has it.
   *
   * @return the plan; empty if the tenant has none with this identifier
   */
  Optional<MutualActionPlan> find(TenantId tenant, PlanId plan);

  /**
   * The current version of a plan.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   */
  MutualActionPlan load(TenantId tenant, PlanId plan);

  /**
   * The plan as it was at a version.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws IllegalArgumentException if the plan has no such version
   */
  MutualActionPlan loadVersion(TenantId tenant, PlanId plan, long version);

  /**
   * The plan as it was at an instant: the latest version made at or before it.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws IllegalArgumentException if the plan was created after the instant
   */
  MutualActionPlan loadAsOf(TenantId tenant, PlanId plan, Instant at);

  /**
   * A plan's whole history, from its first version, verified.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   */
  PlanHistory history(TenantId tenant, PlanId plan);

  /**
   * A plan's history from a version: that version as the first plan, and the events after it.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws IllegalArgumentException if the plan has no such version
   */
  PlanHistory history(TenantId tenant, PlanId plan, long fromVersion);

  /**
   * A page of the tenant's plans that the query asks for, in the order of their identifiers.
   *
   * @return the summaries, and the query for the next page
   */
  Page<PlanSummary> query(TenantId tenant, PlanQuery query);

  /**
   * Deletes a plan with its history, snapshots and pending notifications.
   *
   * @return whether the tenant had the plan
   */
  boolean delete(TenantId tenant, PlanId plan);

  /**
   * Erases a person's personal data (name, job title, e-mail address) from every stored version, event and
   * pending notification of a plan, as an {@link io.github.mutualplan.history.Erasure} does, and records that it
   * was erased. The history still replays and verifies.
   *
   * @param at when, for the record
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws IllegalArgumentException if the person is no stakeholder in the plan's history
   */
  void erase(TenantId tenant, PlanId plan, StakeholderId person, Instant at);

  /**
   * Replays a plan's whole history and checks every stored snapshot against it: an audit of what the store holds.
   *
   * @throws PlanNotFoundException if the tenant has no such plan
   * @throws PlanStoreException naming the first event or snapshot that does not verify
   */
  void verify(TenantId tenant, PlanId plan);

  /**
   * Assesses the health of each of a tenant's open plans again, as of a day, for the queries by health band.
   *
   * @return how many plans were assessed
   */
  int assessHealth(TenantId tenant, LocalDate asOf);

  /**
   * Hands the notifications of the changes appended, kept with them (an outbox), to a listener, oldest first, and
   * removes those it took. Each is
   * rebuilt as the editor made it: the event as its audience may see it, and the plan as the event left it (the
   * buyer's view for the buyer's side). If the listener throws, the notification stays, as does every later one
   * of the same plan, to be delivered again next time; the others go on. So each is delivered at least once
   * (again if the process stops after the listener took it and before it was removed) and in order for each plan.
   *
   * @param listener who hears of them
   * @param max the most to deliver in this call, 1 to {@value PlanQuery#MAX_LIMIT}
   * @return how many were delivered
   */
  int deliverNotifications(PlanListener listener, int max);
}
