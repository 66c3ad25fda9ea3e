/**
 * The plan store: plans and their histories kept in a database, event by event, for the services that embed
 * the library. {@link io.github.mutualplan.store.PlanStore} is what a service calls;
 * {@link io.github.mutualplan.store.JdbcPlanStore} keeps the plans in PostgreSQL (the production target) or H2
 * (the embedded default) over JDBC.
 *
 * <pre>{@code
 * PlanStore store = JdbcPlanStore.open("jdbc:h2:mem:plans", "sa", "");
 * store.create(acme, plan, now);
 * MutualActionPlan next = store.append(acme, plan.id(), 1, PlanChange.share(maria), alex, now);
 * Page<PlanSummary> atRisk = store.query(acme, PlanQuery.all().withHealth(HealthBand.AT_RISK));
 * }</pre>
 *
 * <h2>What is stored</h2>
 *
 * <p>Every row names its tenant, and every statement asks for it: a tenant reads and writes only its own plans.
 * A plan's events are the rows of {@code mp_event}, one per event, keyed by plan and version (and the event's
 * place within its version), each holding the event's {@code mutual-plan-json} document; {@code mp_snapshot}
 * holds the plan at its first version and at every <i>n</i>th version after it, so that a load replays at most
 * <i>n</i> - 1 events; {@code mp_plan} holds one row per plan with the columns the queries use;
 * {@code mp_outbox} the notifications to deliver, written in the same transaction as the events;
 * {@code mp_erasure} a record (identifiers only) of each erasure of personal data. The tables and their
 * migrations are Flyway's, in a history table of their own ({@code mp_schema_history}), so they live beside a
 * service's own migrations.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Stored is not trusted.</b> Whatever is read back is checked as a live edit would be: the events are
 *       replayed through the store's policy from the latest snapshot ({@link
 *       io.github.mutualplan.history.PlanHistory#replay}), so a forged event is refused when it is read. A
 *       snapshot is checked as any plan is; {@link io.github.mutualplan.store.PlanStore#verify} replays a
 *       plan's whole history and checks every snapshot against it.
 *   <li><b>Erasure rewrites.</b> Erasing a person's personal data (GDPR Art. 17) rewrites, in one transaction,
 *       every stored event, snapshot and pending notification that holds it, with the placeholders of an
 *       {@link io.github.mutualplan.history.Erasure}, after replaying the rewritten history to prove that it
 *       still verifies. The alternative, keeping personal data out of the events and joining it at load time,
 *       would make every event depend on a second table that the replay cannot check; a rewrite keeps each
 *       stored event a complete, verifiable record. It is the one update the event rows ever see.
 *   <li><b>Health is assessed when a plan is written</b>, as of the day of the write in the plan's time zone, by
 *       the store's {@link io.github.mutualplan.risk.RiskAssessor}; {@link
 *       io.github.mutualplan.store.PlanStore#assessHealth} assesses a tenant's open plans again as of another day
 *       (a nightly job). A plan whose calendars the assessor cannot resolve has no health band.
 * </ul>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@NullMarked
package io.github.mutualplan.store;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
