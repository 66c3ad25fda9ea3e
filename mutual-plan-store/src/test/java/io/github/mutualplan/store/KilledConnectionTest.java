package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The connection dies in the middle of a write, before each of its statements in turn: the database rolls the
 * transaction back, and the store holds exactly what it held before, to the row.
 */
class KilledConnectionTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.class)
  void anAppendCutShortAtAnyStatementLeavesNothingHalfWritten(Database database) {
    Killer killer = new Killer(database.fresh());
    JdbcPlanStore store = JdbcPlanStore.builder(killer.dataSource()).snapshotInterval(1).build();
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    store.create(ACME, plan, MONDAY);
    // Version 2 is a snapshot and has notifications: the append writes every table.
    Consumer<JdbcPlanStore> append = s -> s.append(ACME, plan.id(), 1,
        PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE, MONDAY.plusSeconds(60));

    everyCut(killer, store, plan.id(), append);

    assertThat(store.load(ACME, plan.id()).version()).isEqualTo(2);
    assertThat(rows(killer, "mp_snapshot")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aCreationOrAnErasureCutShortLeavesNothingHalfWritten(Database database) {
    Killer killer = new Killer(database.fresh());
    JdbcPlanStore store = JdbcPlanStore.builder(killer.dataSource()).snapshotInterval(2).build();
    PlanHistory history = SamplePlans.agreedHistory(PlanEditor.standard(), MONDAY);
    PlanId id = history.first().id();

    int cuts = 0;
    for (boolean done = false; !done; ) {
      killer.killAt(++cuts);
      try {
        store.create(ACME, history, MONDAY);
        done = true;
      } catch (PlanStoreException killed) {
        assertThat(store.find(ACME, id)).as("cut before statement %d", cuts).isEmpty();
        assertThat(rows(killer, "mp_event") + rows(killer, "mp_snapshot")).isZero();
      }
    }
    killer.killAt(0);
    assertThat(cuts).as("statements of a creation, plus one").isGreaterThan(3);

    everyCut(killer, store, id, s -> s.erase(ACME, id, MARIA_OPS, MONDAY.plusSeconds(86_400)));

    assertThat(store.load(ACME, id).stakeholder(MARIA_OPS).orElseThrow().name()).isEqualTo("Erased person");
  }

  /** Runs a write cut short before its first statement, then its second, and so on until it goes through. */
  private static void everyCut(Killer killer, JdbcPlanStore store, PlanId id, Consumer<JdbcPlanStore> write) {
    String before = state(killer, store, id);
    int cut = 0;
    for (boolean done = false; !done; ) {
      killer.killAt(++cut);
      try {
        write.accept(store);
        done = true;
      } catch (PlanStoreException killed) {
        assertThat(killed).hasMessageContaining("the database failed");
        assertThat(state(killer, store, id)).as("cut before statement %d", cut).isEqualTo(before);
      }
    }
    killer.killAt(0);
    assertThat(cut).as("statements of the write, plus one").isGreaterThan(4);
    store.verify(ACME, id);
  }

  /** Every row the store holds, as text. */
  private static String state(Killer killer, JdbcPlanStore store, PlanId id) {
    killer.killAt(0);
    StringBuilder text = new StringBuilder();
    for (String table : new String[] {"mp_plan", "mp_event", "mp_snapshot", "mp_outbox", "mp_erasure"}) {
      try (Connection c = killer.target.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
        while (rs.next()) {
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            text.append(rs.getString(i)).append('|');
          }
          text.append('\n');
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    store.verify(ACME, id);
    return text.toString();
  }

  private static int rows(Killer killer, String table) {
    try (Connection c = killer.target.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A data source whose connections can be killed: when armed, the connection is aborted under the transaction
   * as the store prepares its n-th statement, which then fails as a dropped connection does.
   */
  private static final class Killer {
    final DataSource target;
    final AtomicInteger prepared = new AtomicInteger();
    volatile int killAt;

    Killer(DataSource target) {
      this.target = target;
    }

    void killAt(int statement) {
      prepared.set(0);
      killAt = statement;
    }

    DataSource dataSource() {
      return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
          (proxy, method, args) -> method.getName().equals("getConnection") ? connection(target.getConnection())
              : invoke(target, method, args));
    }

    private Connection connection(Connection real) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && prepared.incrementAndGet() == killAt) {
              killAt = 0;
              real.abort(Runnable::run);
              throw new SQLException("connection killed before statement " + prepared.get(), "08006");
            }
            return invoke(real, method, args);
          });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
