package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows edited behind the store's back, as someone with access to the database might: every read replays and
 * so refuses a forged event; {@code verify} also catches a forged snapshot.
 */
class ForgedRowsTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.class)
  void anEventThatNamesAnotherActorIsRefusedWhenRead(Database database) {
    DataSource data = database.fresh();
    JdbcPlanStore store = JdbcPlanStore.open(data);
    PlanId id = agreed(store);

    // Maria's sign-off recorded as Alex's: the JSON and its column both edited.
    sql(data, "UPDATE mp_event SET actor = 'alex-kim', event = " + json(database,
        "REPLACE(CAST(event AS VARCHAR(100000)), '\"maria-lopez\"', '\"alex-kim\"')")
        + " WHERE version = 5 AND seq = 0");

    assertThatThrownBy(() -> store.load(ACME, id)).isInstanceOf(PlanStoreException.class)
        .hasMessage("plan 'northwind-claims-2027' of tenant 'acme': its events do not replay from version 1: "
            + "events[3] (version 5): a live edit refuses the change: 'alex-kim' has signed off already (version 3) "
            + "and nothing material has changed since");
    assertThatThrownBy(() -> store.append(ACME, id, 5,
        io.github.mutualplan.history.PlanChange.closeWon(io.github.mutualplan.CloseReason.VALUE_PROVEN),
        ALEX_AE, MONDAY.plusSeconds(86_400))).isInstanceOf(PlanStoreException.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void anEventWhoseColumnsDisagreeWithItsDocumentIsRefused(Database database) {
    DataSource data = database.fresh();
    JdbcPlanStore store = JdbcPlanStore.open(data);
    PlanId id = agreed(store);

    sql(data, "UPDATE mp_event SET actor = 'dana-reyes' WHERE version = 3");

    assertThatThrownBy(() -> store.history(ACME, id)).isInstanceOf(PlanStoreException.class)
        .hasMessageContaining("the event stored as version 3 (0) by 'dana-reyes'")
        .hasMessageContaining("is of version 3 by 'alex-kim'");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aForgedSnapshotIsCaughtByVerify(Database database) {
    DataSource data = database.fresh();
    JdbcPlanStore store = JdbcPlanStore.builder(data).snapshotInterval(2).build();
    PlanId id = agreed(store);
    MutualActionPlan v5 = store.load(ACME, id);

    // The snapshot of version 5, the latest, with a title nobody gave it: a valid plan, so loads take it.
    sql(data, "UPDATE mp_snapshot SET plan = " + json(database, "REPLACE(CAST(plan AS VARCHAR(1000000)), '"
        + v5.title() + "', 'A better deal')") + " WHERE version = 5");

    assertThat(store.load(ACME, id).title()).isEqualTo("A better deal");
    assertThatThrownBy(() -> store.verify(ACME, id)).isInstanceOf(PlanStoreException.class)
        .hasMessageContaining("the snapshot of version 5 is not the plan its history replays to");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aSnapshotThatDoesNotReadIsRefused(Database database) {
    DataSource data = database.fresh();
    JdbcPlanStore store = JdbcPlanStore.open(data);
    PlanId id = agreed(store);

    sql(data, "UPDATE mp_snapshot SET plan = " + json(database, "'{\"format\": \"mutual-plan/plan\"}'"));

    assertThatThrownBy(() -> store.load(ACME, id)).isInstanceOf(PlanStoreException.class)
        .hasMessageContaining("the snapshot of version 1 does not read");
  }

  private static PlanId agreed(JdbcPlanStore store) {
    PlanHistory history = SamplePlans.agreedHistory(PlanEditor.standard(), MONDAY);
    store.create(ACME, history, MONDAY);
    return history.first().id();
  }

  private static String json(Database database, String text) {
    return database == Database.POSTGRESQL ? "CAST(" + text + " AS JSONB)" : text;
  }

  private static void sql(DataSource data, String statement) {
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(statement)).isPositive();
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }
}
