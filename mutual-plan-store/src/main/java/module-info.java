/**
 * mutual-plan store: plans and their verified histories in PostgreSQL or H2 over JDBC ({@code PlanStore},
 * {@code JdbcPlanStore}), with snapshots, an outbox of notifications ({@code OutboxPoller}), tenants, queries with
 * paging and the erasure of personal data. Its tables are made and migrated by Flyway.
 */
module io.github.mutualplan.store {
  requires transitive io.github.mutualplan;
  requires transitive java.sql;
  requires io.github.mutualplan.json;
  requires com.google.common;
  requires flyway.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.store;
}
