package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.testing.SamplePlans;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Each query of the store has an index on PostgreSQL: with sequential scans off for the store's sessions, a
 * filter on one value is answered through its own index, as PostgreSQL's statistics show, and a filter on a
 * range (the month of the target close, the last change) through an index too: its own, or the primary key's
 * order of identifiers, which the planner may prefer on a table this small.
 */
class PostgresIndexTest {
  static final TenantId ACME = TenantId.of("acme");

  @Test
  void everyFilterOfAQueryIsAnsweredThroughItsIndex() throws Exception {
    DataSource data = Database.POSTGRESQL.fresh();
    String database;
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      database = c.getCatalog();
      s.execute("ALTER DATABASE " + database + " SET enable_seqscan = off");
    }
    JdbcPlanStore store = JdbcPlanStore.open(data);
    for (int i = 0; i < 30; i++) {
      store.create(ACME, SamplePlans.healthcareClosingPlan().build().withId(PlanId.of("deal-" + i)),
          Instant.parse("2027-01-11T09:00:00Z"));
    }

    Map<String, Consumer<JdbcPlanStore>> queries = new HashMap<>();
    queries.put("mp_plan_owner", s -> s.query(ACME, PlanQuery.all().ownedBy(ALEX_AE)));
    queries.put("mp_plan_status", s -> s.query(ACME, PlanQuery.all().withStatus(PlanStatus.SHARED)));
    queries.put("mp_plan_health", s -> s.query(ACME, PlanQuery.all().withHealth(HealthBand.CRITICAL)));
    queries.put("mp_plan_template", s -> s.query(ACME, PlanQuery.all().fromTemplate("enterprise")));
    queries.put("", s -> s.query(ACME, PlanQuery.all().closingIn(YearMonth.of(2027, 6))
        .updatedSince(Instant.parse("2030-01-01T00:00:00Z"))));
    queries.put("mp_plan_pkey", s -> s.query(ACME, PlanQuery.all().ofKind(PlanKind.CLOSING_PLAN).limit(5)));

    for (Map.Entry<String, Consumer<JdbcPlanStore>> query : queries.entrySet()) {
      String index = query.getKey();
      long[] before = scans(data, index);
      query.getValue().accept(store);
      long[] after = before;
      for (int wait = 0; wait < 100 && after[0] == before[0] && after[1] == before[1]; wait++) {
        Thread.sleep(50);  // until the store's session has reported its scans
        after = scans(data, index);
      }
      assertThat(after[0]).as("scans of %s", index.isEmpty() ? "any index" : index).isGreaterThan(before[0]);
      assertThat(after[1]).as("sequential scans of mp_plan").isEqualTo(before[1]);
    }
  }

  /** The scans of an index of mp_plan (of any if the name is empty), and the sequential scans of the table. */
  private static long[] scans(DataSource data, String index) throws SQLException {
    try (Connection c = data.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT SUM(i.idx_scan), MAX(t.seq_scan) FROM pg_stat_user_indexes i JOIN "
            + "pg_stat_user_tables t ON i.relid = t.relid WHERE t.relname = 'mp_plan' AND (i.indexrelname = '"
            + index + "' OR '" + index + "' = '')")) {
      assertThat(rs.next()).as("index %s exists", index).isTrue();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }
}
