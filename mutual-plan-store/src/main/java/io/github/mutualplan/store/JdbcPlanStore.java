package io.github.mutualplan.store;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.ScheduleException;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.Erasure;
import io.github.mutualplan.history.InvalidHistoryException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanListener;
import io.github.mutualplan.history.PlanNotification;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskAssessor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PlanStore} in PostgreSQL or H2, over JDBC: the tables are described in the {@linkplain
 * io.github.mutualplan.store package documentation}, and made or migrated by Flyway when the store is opened.
 *
 * <pre>{@code
 * PlanStore store = JdbcPlanStore.open(dataSource);                      // a service's pooled data source
 * PlanStore tryIt = JdbcPlanStore.open("jdbc:h2:mem:plans", "sa", "");   // H2 in memory, for as long as the JVM runs
 *
 * JdbcPlanStore tuned = JdbcPlanStore.builder(dataSource)
 *     .snapshotInterval(50)              // a load replays at most 49 events
 *     .policy(myPolicy)                  // the policy changes are made and replayed under
 *     .build();
 * OutboxPoller.start(tuned, notifications::send, scheduler, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Each call takes a connection from the data source and gives it back; each write is one transaction, at
 * the data source's isolation (PostgreSQL's and H2's default, read committed, is enough: an append locks its
 * plan's row first), and each read one read-only transaction at repeatable read, so that it sees one state.
 *
 * <p>Notifications of the changes appended are kept in the outbox, written with the change; {@link
 * #deliverNotifications(PlanListener, int)} (or an {@link OutboxPoller}) hands them to a listener afterwards, at
 * least once and in order for each plan. The notifications taken are locked until they are delivered: two
 * callers at the same time deliver each once, the second waiting for the first.
 *
 * <p>Instances are immutable and safe to share between threads: a store holds no connection and no cache. Its
 * {@link Builder} is not thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcPlanStore implements PlanStore {
  /** How many versions apart the snapshots are unless set otherwise. */
  public static final int DEFAULT_SNAPSHOT_INTERVAL = 20;
  /** The widest snapshot interval. */
  public static final int MAX_SNAPSHOT_INTERVAL = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcPlanStore.class);
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String PLAN_COLUMNS = "plan_id, version, title, kind, status, seller_owner, target_close, "
      + "template_id, health_band, created_at, updated_at";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final int snapshotInterval;
  private final PlanPolicy policy;
  private final PlanEditor editor;
  private final PlanJson json;
  private final RiskAssessor assessor;

  private JdbcPlanStore(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.dialect = dialect;
    this.snapshotInterval = builder.snapshotInterval;
    this.policy = builder.policy;
    this.editor = PlanEditor.standard().withPolicy(builder.policy);
    this.json = PlanJson.standard().withPolicy(builder.policy);
    this.assessor = builder.assessor;
  }

  /**
   * A store in the database of a data source, with the defaults of {@link #builder(DataSource)}; makes or
   * migrates its tables.
   *
   * @param dataSource a data source of PostgreSQL or H2, pooled for a service
   * @return the store
   * @throws PlanStoreException if the database cannot be reached or migrated
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   */
  public static JdbcPlanStore open(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A store in the database at a JDBC URL, opening a connection for each call (no pool): for trying the store,
   * tests and examples. An in-memory H2 database ({@code jdbc:h2:mem:...}) is kept for as long as the JVM runs
   * ({@code DB_CLOSE_DELAY=-1} is added unless the URL sets it).
   *
   * @param url for example {@code jdbc:h2:mem:plans}, {@code jdbc:h2:./plans} or
   *     {@code jdbc:postgresql://localhost/crm}
   * @param user the database user
   * @param password the user's password
   * @return the store
   * @throws PlanStoreException if the database cannot be reached or migrated
   */
  public static JdbcPlanStore open(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    String kept = url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY")
        ? url + ";DB_CLOSE_DELAY=-1" : url;
    return open(new DriverManagerDataSource(kept, user, password));
  }

  /**
   * A builder of a store in the database of a data source: snapshots every {@value #DEFAULT_SNAPSHOT_INTERVAL}
   * versions, the {@linkplain PlanPolicy#standard() standard policy}, the {@linkplain RiskAssessor#standard()
   * standard risk assessor}, and its tables migrated when it is built.
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** Configures a {@link JdbcPlanStore}; see {@link JdbcPlanStore#builder(DataSource)}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private int snapshotInterval = DEFAULT_SNAPSHOT_INTERVAL;
    private PlanPolicy policy = PlanPolicy.standard();
    private RiskAssessor assessor = RiskAssessor.standard();
    private boolean migrate = true;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * How many versions apart the snapshots are: a load replays at most one fewer events.
     *
     * @throws IllegalArgumentException unless 1 to {@value JdbcPlanStore#MAX_SNAPSHOT_INTERVAL}
     */
    public Builder snapshotInterval(int versions) {
      if (versions < 1 || versions > MAX_SNAPSHOT_INTERVAL) {
        throw new IllegalArgumentException("snapshotInterval: " + versions + " is not from 1 to "
            + MAX_SNAPSHOT_INTERVAL);
      }
      this.snapshotInterval = versions;
      return this;
    }

    /** The policy changes are made under, and histories replayed under. */
    public Builder policy(PlanPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The assessor of the health band that queries find plans by. */
    public Builder riskAssessor(RiskAssessor assessor) {
      this.assessor = Objects.requireNonNull(assessor, "assessor");
      return this;
    }

    /**
     * Whether to make or migrate the tables when the store is built (the default); a service that runs the
     * store's migrations ({@code classpath:mutual-plan-store/migration/postgresql}) with its own turns it off.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * The store.
     *
     * @throws PlanStoreException if the database cannot be reached or migrated
     * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
     */
    public JdbcPlanStore build() {
      Dialect dialect;
      try (Connection connection = dataSource.getConnection()) {
        dialect = Dialect.of(connection);
      } catch (SQLException e) {
        throw new PlanStoreException("dataSource: cannot connect: " + e.getMessage(), e);
      }
      if (migrate) {
        try {
          Flyway.configure(JdbcPlanStore.class.getClassLoader()).dataSource(dataSource)
              .locations(dialect.migrations()).table("mp_schema_history")
              .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
          throw new PlanStoreException("dataSource: the store's tables could not be migrated: " + e.getMessage(), e);
        }
      }
      return new JdbcPlanStore(this, dialect);
    }
  }

  /** How many versions apart the snapshots are. */
  public int snapshotInterval() {
    return snapshotInterval;
  }

  /** The policy changes are made and replayed under. */
  public PlanPolicy policy() {
    return policy;
  }

  @Override
  public void create(TenantId tenant, MutualActionPlan plan, Instant at) {
    Objects.requireNonNull(plan, "plan");
    create(tenant, PlanHistory.of(plan), at);
  }

  @Override
  public void create(TenantId tenant, PlanHistory history, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(at, "at");
    List<PlanEvent> events = history.events();
    if (!events.isEmpty() && at.isAfter(events.get(0).at())) {
      throw new IllegalArgumentException("at: " + at + " is after the history's first event (" + events.get(0).at()
          + "); a plan is created before it is changed");
    }
    for (PlanEvent event : events) {
      if (!event.at().equals(micros(event.at()))) {
        throw new IllegalArgumentException("history: the event of version " + event.version() + " is at "
            + event.at() + ", finer than the microsecond the store keeps times to");
      }
    }
    Instant created = micros(at);
    PlanHistory verified = PlanHistory.replay(history.first(), events, policy);
    PlanId id = verified.first().id();
    write("create plan '" + id + "' of tenant '" + tenant + "'", c -> {
      MutualActionPlan current = verified.current();
      Instant updated = events.isEmpty() ? created : events.get(events.size() - 1).at();
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO mp_plan (tenant, plan_id, first_version, "
          + "version, kind, status, seller_owner, title, target_close, template_id, health_band, created_at, "
          + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, tenant.key());
        insert.setString(2, id.key());
        insert.setLong(3, verified.first().version());
        insert.setLong(4, current.version());
        insert.setString(5, current.kind().name());
        insert.setString(6, current.status().name());
        insert.setString(7, current.sellerOwner().key());
        insert.setString(8, current.title());
        insert.setObject(9, current.targetClose());
        insert.setString(10, current.provenance().map(Provenance::templateId).orElse(null));
        insert.setString(11, health(current, updated));
        insert.setObject(12, utc(created));
        insert.setObject(13, utc(updated));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw new DuplicatePlanException(tenant, id);
        }
        throw e;
      }
      insertSnapshot(c, tenant, verified.first());
      insertEvents(c, tenant, id, events);
      long first = verified.first().version();
      for (PlanEvent event : events) {
        if (event instanceof PlanEvent.ChangeApplied && snapshotDue(first, event.version())) {
          insertSnapshot(c, tenant, verified.version(event.version()));
        }
      }
    });
  }

  @Override
  public MutualActionPlan append(TenantId tenant, PlanId plan, long basedOn, PlanChange change,
      StakeholderId actor, Instant at) {
    Objects.requireNonNull(at, "at");
    return append(tenant, plan, basedOn, change, actor, last -> at);
  }

  @Override
  public MutualActionPlan append(TenantId tenant, PlanId plan, long basedOn, PlanChange change,
      StakeholderId actor, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return append(tenant, plan, basedOn, change, actor, last -> {
      Instant now = clock.instant();
      return now.isBefore(last) ? last : now;
    });
  }

  /** Appends a change at the time given by the time of the plan's last event (or its creation). */
  private MutualActionPlan append(TenantId tenant, PlanId plan, long basedOn, PlanChange change,
      StakeholderId actor, UnaryOperator<Instant> time) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(actor, "actor");
    return write("append to plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      PlanRow row = planRow(c, tenant, plan, true);
      long from = Math.max(row.firstVersion, Math.min(basedOn, row.version - 1));
      PlanHistory window = window(c, tenant, plan, from, row.version);
      List<PlanEvent> events = window.events();
      Instant at = micros(time.apply(events.isEmpty() ? row.createdAt : events.get(events.size() - 1).at()));
      List<PlanNotification> notifications = new ArrayList<>();
      PlanHistory next = editor.withListener(notifications::add).apply(window, basedOn, change, actor, at);
      MutualActionPlan current = next.current();
      insertEvents(c, tenant, plan, next.eventsAfter(row.version));
      if (snapshotDue(row.firstVersion, current.version())) {
        insertSnapshot(c, tenant, current);
      }
      updatePlanRow(c, tenant, current, health(current, at), at);
      insertNotifications(c, tenant, plan, notifications);
      return current;
    });
  }

  @Override
  public Optional<MutualActionPlan> find(TenantId tenant, PlanId plan) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    return read("load plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      Optional<PlanRow> row = findPlanRow(c, tenant, plan, false);
      return row.isEmpty() ? Optional.<MutualActionPlan>empty()
          : Optional.of(window(c, tenant, plan, row.get().version, row.get().version).current());
    });
  }

  @Override
  public MutualActionPlan load(TenantId tenant, PlanId plan) {
    return find(tenant, plan).orElseThrow(() -> new PlanNotFoundException(tenant, plan));
  }

  @Override
  public MutualActionPlan loadVersion(TenantId tenant, PlanId plan, long version) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    return read("load version " + version + " of plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      PlanRow row = planRow(c, tenant, plan, false);
      row.checkVersion(version);
      return window(c, tenant, plan, version, version).current();
    });
  }

  @Override
  public MutualActionPlan loadAsOf(TenantId tenant, PlanId plan, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(at, "at");
    return read("load plan '" + plan + "' of tenant '" + tenant + "' as of " + at, c -> {
      PlanRow row = planRow(c, tenant, plan, false);
      if (at.isBefore(row.createdAt)) {
        throw new IllegalArgumentException("at: " + at + " is before plan '" + plan + "' was created ("
            + row.createdAt + ")");
      }
      long version = row.firstVersion;
      try (PreparedStatement select = c.prepareStatement("SELECT MAX(version) FROM mp_event WHERE tenant = ? "
          + "AND plan_id = ? AND at <= ?")) {
        select.setString(1, tenant.key());
        select.setString(2, plan.key());
        select.setObject(3, utc(at));
        try (ResultSet rs = select.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null) {
            version = rs.getLong(1);
          }
        }
      }
      return window(c, tenant, plan, version, version).current();
    });
  }

  @Override
  public PlanHistory history(TenantId tenant, PlanId plan) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    return read("load the history of plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      PlanRow row = planRow(c, tenant, plan, false);
      return window(c, tenant, plan, row.firstVersion, row.version);
    });
  }

  @Override
  public PlanHistory history(TenantId tenant, PlanId plan, long fromVersion) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    return read("load the history of plan '" + plan + "' of tenant '" + tenant + "' from version " + fromVersion,
        c -> {
          PlanRow row = planRow(c, tenant, plan, false);
          row.checkVersion(fromVersion);
          PlanHistory upTo = window(c, tenant, plan, fromVersion, fromVersion);
          List<PlanEvent> after = events(c, tenant, plan, fromVersion, row.version);
          return replay(tenant, upTo.current(), after);
        });
  }

  @Override
  public Page<PlanSummary> query(TenantId tenant, PlanQuery query) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(query, "query");
    return read("query the plans of tenant '" + tenant + "' (" + query + ")", c -> {
      StringBuilder sql = new StringBuilder("SELECT ").append(PLAN_COLUMNS)
          .append(" FROM mp_plan WHERE tenant = ?");
      List<Object> parameters = new ArrayList<>();
      parameters.add(tenant.key());
      query.owner().ifPresent(owner -> {
        sql.append(" AND seller_owner = ?");
        parameters.add(owner.key());
      });
      if (!query.statuses().isEmpty()) {
        sql.append(" AND status IN (").append(query.statuses().stream().map(s -> "?")
            .collect(Collectors.joining(", "))).append(')');
        query.statuses().forEach(s -> parameters.add(s.name()));
      }
      query.kind().ifPresent(kind -> {
        sql.append(" AND kind = ?");
        parameters.add(kind.name());
      });
      query.closeMonth().ifPresent(month -> {
        sql.append(" AND target_close >= ? AND target_close < ?");
        parameters.add(month.atDay(1));
        parameters.add(month.plusMonths(1).atDay(1));
      });
      query.health().ifPresent(band -> {
        sql.append(" AND health_band = ?");
        parameters.add(band.name());
      });
      query.templateId().ifPresent(template -> {
        sql.append(" AND template_id = ?");
        parameters.add(template);
      });
      query.updatedSince().ifPresent(since -> {
        sql.append(" AND updated_at >= ?");
        parameters.add(utc(since));
      });
      query.after().ifPresent(after -> {
        sql.append(" AND plan_id > ?");
        parameters.add(after.key());
      });
      sql.append(" ORDER BY plan_id FETCH FIRST ").append(query.limit() + 1).append(" ROWS ONLY");
      List<PlanSummary> items = new ArrayList<>();
      boolean more = false;
      try (PreparedStatement select = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < parameters.size(); i++) {
          select.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            if (items.size() == query.limit()) {
              more = true;
              break;
            }
            items.add(summary(tenant, rs));
          }
        }
      }
      Optional<PlanQuery> next = more ? Optional.of(query.after(items.get(items.size() - 1).id()))
          : Optional.empty();
      return Page.of(items, next);
    });
  }

  @Override
  public boolean delete(TenantId tenant, PlanId plan) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    return write("delete plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM mp_plan WHERE tenant = ? AND plan_id = ?")) {
        delete.setString(1, tenant.key());
        delete.setString(2, plan.key());
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public void erase(TenantId tenant, PlanId plan, StakeholderId person, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(at, "at");
    write("erase '" + person + "' from plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      PlanRow row = planRow(c, tenant, plan, true);
      PlanHistory whole = window(c, tenant, plan, row.firstVersion, row.version);
      Erasure erasure = Erasure.of(whole, person);
      PlanHistory erased = erasure.history(policy);
      rewriteEvents(c, tenant, plan, whole.events(), erased.events());
      rewriteSnapshots(c, tenant, plan, erasure);
      rewriteNotifications(c, tenant, plan, erasure);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO mp_erasure (tenant, plan_id, stakeholder_id, "
          + "erased_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, tenant.key());
        insert.setString(2, plan.key());
        insert.setString(3, person.key());
        insert.setObject(4, utc(at));
        insert.executeUpdate();
      }
      LOG.debug("Erased the personal data of a stakeholder from plan '{}' of tenant '{}'", plan, tenant);
    });
  }

  @Override
  public void verify(TenantId tenant, PlanId plan) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(plan, "plan");
    read("verify plan '" + plan + "' of tenant '" + tenant + "'", c -> {
      PlanRow row = planRow(c, tenant, plan, false);
      PlanHistory whole = window(c, tenant, plan, row.firstVersion, row.version);
      try (PreparedStatement select = c.prepareStatement("SELECT version, plan FROM mp_snapshot WHERE tenant = ? "
          + "AND plan_id = ? ORDER BY version")) {
        select.setString(1, tenant.key());
        select.setString(2, plan.key());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            long version = rs.getLong(1);
            MutualActionPlan stored = snapshot(tenant, plan, version, rs.getString(2));
            if (version > row.version || !stored.equals(whole.version(version))) {
              throw corrupt(tenant, plan, "the snapshot of version " + version + " is not the plan its history "
                  + "replays to", null);
            }
          }
        }
      }
    });
  }

  @Override
  public int assessHealth(TenantId tenant, LocalDate asOf) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(asOf, "asOf");
    int assessed = 0;
    PlanQuery open = PlanQuery.all().withStatus(PlanStatus.DRAFT, PlanStatus.SHARED, PlanStatus.AGREED)
        .limit(PlanQuery.MAX_LIMIT);
    for (Page<PlanSummary> page = query(tenant, open); ; page = query(tenant, page.next().orElseThrow())) {
      for (PlanSummary summary : page.items()) {
        Optional<MutualActionPlan> plan = find(tenant, summary.id());
        if (plan.isPresent()) {
          String band = health(plan.get(), asOf);
          write("assess plan '" + summary.id() + "' of tenant '" + tenant + "'", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE mp_plan SET health_band = ? WHERE tenant = ? "
                + "AND plan_id = ? AND version = ?")) {
              update.setString(1, band);
              update.setString(2, tenant.key());
              update.setString(3, summary.id().key());
              update.setLong(4, plan.get().version());
              return update.executeUpdate();
            }
          });
          assessed++;
        }
      }
      if (page.next().isEmpty()) {
        return assessed;
      }
    }
  }

  @Override
  public int deliverNotifications(PlanListener listener, int max) {
    Objects.requireNonNull(listener, "listener");
    if (max < 1 || max > PlanQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("max: " + max + " is not from 1 to " + PlanQuery.MAX_LIMIT);
    }
    return write("deliver notifications", c -> {
      List<Long> delivered = new ArrayList<>();
      Set<String> failed = new HashSet<>();
      Map<String, MutualActionPlan> plans = new HashMap<>();
      long after = 0;
      int rows = max;
      for (int examined = 0; rows == max && delivered.size() < max && examined < 10 * max; examined += rows) {
        rows = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, tenant, plan_id, version, audience, "
            + "recipients, event FROM mp_outbox WHERE id > ? ORDER BY id FETCH FIRST " + max
            + " ROWS ONLY FOR UPDATE")) {
          select.setLong(1, after);
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next() && delivered.size() < max) {
              rows++;
              after = rs.getLong(1);
              deliver(c, rs, listener, plans, failed).ifPresent(delivered::add);
            }
          }
        }
      }
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM mp_outbox WHERE id = ?")) {
        for (long id : delivered) {
          delete.setLong(1, id);
          delete.addBatch();
        }
        if (!delivered.isEmpty()) {
          delete.executeBatch();
        }
      }
      return delivered.size();
    });
  }

  /** Delivers one notification of the outbox unless one before it of the same plan failed; its id if delivered. */
  private Optional<Long> deliver(Connection c, ResultSet rs, PlanListener listener,
      Map<String, MutualActionPlan> plans, Set<String> failed) throws SQLException {
    String key = rs.getString(2) + "/" + rs.getString(3);
    if (failed.contains(key)) {
      return Optional.empty();
    }
    long version = rs.getLong(4);
    TenantId tenant;
    PlanId plan;
    PlanNotification notification;
    try {
      tenant = TenantId.of(rs.getString(2));
      plan = planId(tenant, rs.getString(3));
      MutualActionPlan at = plans.get(key + "@" + version);
      if (at == null) {
        at = window(c, tenant, plan, version, version).current();
        plans.put(key + "@" + version, at);
      }
      notification = PlanNotification.of(event(tenant, plan, rs.getString(7)), at, Side.valueOf(rs.getString(5)),
          recipients(tenant, plan, rs.getString(6)));
    } catch (MutualPlanException | IllegalArgumentException unreadable) {
      failed.add(key);
      LOG.warn("A notification of plan {} cannot be rebuilt; it and the later ones of the plan stay in the outbox",
          Quoted.of(key), unreadable);
      return Optional.empty();
    }
    try {
      listener.onEvent(notification);
      return Optional.of(rs.getLong(1));
    } catch (RuntimeException failure) {
      failed.add(key);
      LOG.warn("Listener {} failed on a notification of plan '{}' of tenant '{}' version {}; it and the later ones "
          + "of the plan stay in the outbox", listener.getClass().getName(), plan, tenant, version, failure);
      return Optional.empty();
    }
  }

  /** Returns the database and the snapshot interval. */
  @Override
  public String toString() {
    return "JdbcPlanStore{" + dialect + ", snapshots every " + snapshotInterval + " versions}";
  }

  // Transactions.

  /** Work done with a connection in a transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Work done with a connection in a transaction, that gives nothing back. */
  @FunctionalInterface
  private interface Task {
    void run(Connection connection) throws SQLException;
  }

  private void write(String what, Task task) {
    write(what, c -> {
      task.run(c);
      return Boolean.TRUE;
    });
  }

  private void read(String what, Task task) {
    read(what, c -> {
      task.run(c);
      return Boolean.TRUE;
    });
  }

  private <T> T write(String what, Work<T> work) {
    return transaction(what, false, work);
  }

  private <T> T read(String what, Work<T> work) {
    return transaction(what, true, work);
  }

  private <T> T transaction(String what, boolean readOnly, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      if (readOnly) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error failure) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          failure.addSuppressed(rollback);
        }
        throw failure;
      } finally {
        if (readOnly) {
          c.setTransactionIsolation(isolation);
        }
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PlanStoreException(what + ": the database failed: " + e.getMessage(), e);
    }
  }

  // Rows.

  /** What the store reads of a plan's row before it reads its events. */
  private static final class PlanRow {
    final PlanId plan;
    final long firstVersion;
    final long version;
    final Instant createdAt;

    PlanRow(PlanId plan, long firstVersion, long version, Instant createdAt) {
      this.plan = plan;
      this.firstVersion = firstVersion;
      this.version = version;
      this.createdAt = createdAt;
    }

    void checkVersion(long asked) {
      if (asked < firstVersion || asked > version) {
        throw new IllegalArgumentException("version: " + asked + " is not a version of plan '" + plan + "' ("
            + firstVersion + " to " + version + ")");
      }
    }
  }

  private PlanRow planRow(Connection c, TenantId tenant, PlanId plan, boolean lock) throws SQLException {
    return findPlanRow(c, tenant, plan, lock).orElseThrow(() -> new PlanNotFoundException(tenant, plan));
  }

  private Optional<PlanRow> findPlanRow(Connection c, TenantId tenant, PlanId plan, boolean lock)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT first_version, version, created_at FROM mp_plan "
        + "WHERE tenant = ? AND plan_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      select.setString(1, tenant.key());
      select.setString(2, plan.key());
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long first = rs.getLong(1);
        long version = rs.getLong(2);
        if (first < 1 || version < first) {
          throw corrupt(tenant, plan, "its row says versions " + first + " to " + version, null);
        }
        return Optional.of(new PlanRow(plan, first, version, rs.getObject(3, OffsetDateTime.class).toInstant()));
      }
    }
  }

  private void updatePlanRow(Connection c, TenantId tenant, MutualActionPlan plan, @Nullable String health,
      Instant at) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE mp_plan SET version = ?, kind = ?, status = ?, "
        + "seller_owner = ?, title = ?, target_close = ?, template_id = ?, health_band = ?, updated_at = ? "
        + "WHERE tenant = ? AND plan_id = ?")) {
      update.setLong(1, plan.version());
      update.setString(2, plan.kind().name());
      update.setString(3, plan.status().name());
      update.setString(4, plan.sellerOwner().key());
      update.setString(5, plan.title());
      update.setObject(6, plan.targetClose());
      update.setString(7, plan.provenance().map(Provenance::templateId).orElse(null));
      update.setString(8, health);
      update.setObject(9, utc(at));
      update.setString(10, tenant.key());
      update.setString(11, plan.id().key());
      update.executeUpdate();
    }
  }

  private PlanSummary summary(TenantId tenant, ResultSet rs) throws SQLException {
    PlanId id = planId(tenant, rs.getString(1));
    try {
      return PlanSummary.builder()
          .id(id)
          .version(rs.getLong(2))
          .title(rs.getString(3))
          .kind(PlanKind.valueOf(rs.getString(4)))
          .status(PlanStatus.valueOf(rs.getString(5)))
          .sellerOwner(StakeholderId.of(rs.getString(6)))
          .targetClose(rs.getObject(7, LocalDate.class))
          .templateId(Optional.ofNullable(rs.getString(8)))
          .health(Optional.ofNullable(rs.getString(9)).map(HealthBand::valueOf))
          .createdAt(rs.getObject(10, OffsetDateTime.class).toInstant())
          .updatedAt(rs.getObject(11, OffsetDateTime.class).toInstant())
          .build();
    } catch (MutualPlanException | IllegalArgumentException | NullPointerException unreadable) {
      throw corrupt(tenant, id, "its row does not read: " + unreadable.getMessage(), unreadable);
    }
  }

  // Events and snapshots.

  private boolean snapshotDue(long firstVersion, long version) {
    return (version - firstVersion) % snapshotInterval == 0;
  }

  /**
   * The plan's history from the latest snapshot at or before {@code from} to version {@code upTo}, replayed and
   * so verified.
   */
  private PlanHistory window(Connection c, TenantId tenant, PlanId plan, long from, long upTo) throws SQLException {
    MutualActionPlan first;
    try (PreparedStatement select = c.prepareStatement("SELECT version, plan FROM mp_snapshot WHERE tenant = ? AND "
        + "plan_id = ? AND version <= ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
      select.setString(1, tenant.key());
      select.setString(2, plan.key());
      select.setLong(3, from);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw corrupt(tenant, plan, "no snapshot at or before version " + from, null);
        }
        first = snapshot(tenant, plan, rs.getLong(1), rs.getString(2));
      }
    }
    return replay(tenant, first, events(c, tenant, plan, first.version(), upTo));
  }

  private PlanHistory replay(TenantId tenant, MutualActionPlan first, List<PlanEvent> events) {
    try {
      return PlanHistory.replay(first, events, policy);
    } catch (InvalidHistoryException forged) {
      throw corrupt(tenant, first.id(), "its events do not replay from version " + first.version() + ": "
          + forged.getMessage(), forged);
    }
  }

  /** The events of the versions after {@code after} up to {@code upTo}, in order. */
  private List<PlanEvent> events(Connection c, TenantId tenant, PlanId plan, long after, long upTo)
      throws SQLException {
    List<PlanEvent> events = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT version, seq, actor, at, event FROM mp_event WHERE "
        + "tenant = ? AND plan_id = ? AND version > ? AND version <= ? ORDER BY version, seq")) {
      select.setString(1, tenant.key());
      select.setString(2, plan.key());
      select.setLong(3, after);
      select.setLong(4, upTo);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long version = rs.getLong(1);
          PlanEvent event = event(tenant, plan, rs.getString(5));
          Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
          if (event.version() != version || !event.actor().key().equals(rs.getString(3)) || !event.at().equals(at)) {
            throw corrupt(tenant, plan, "the event stored as version " + version + " (" + rs.getInt(2) + ") by '"
                + rs.getString(3) + "' at " + at + " is of version " + event.version() + " by '" + event.actor()
                + "' at " + event.at(), null);
          }
          events.add(event);
        }
      }
    }
    return events;
  }

  private void insertEvents(Connection c, TenantId tenant, PlanId plan, List<PlanEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO mp_event (tenant, plan_id, version, seq, actor, "
        + "at, event) VALUES (?, ?, ?, ?, ?, ?, " + dialect.json() + ")")) {
      long version = -1;
      int seq = 0;
      for (PlanEvent event : events) {
        seq = event.version() == version ? seq + 1 : 0;
        version = event.version();
        insert.setString(1, tenant.key());
        insert.setString(2, plan.key());
        insert.setLong(3, version);
        insert.setInt(4, seq);
        insert.setString(5, event.actor().key());
        insert.setObject(6, utc(event.at()));
        insert.setString(7, json.write(event).compactText());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertSnapshot(Connection c, TenantId tenant, MutualActionPlan plan) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO mp_snapshot (tenant, plan_id, version, plan) "
        + "VALUES (?, ?, ?, " + dialect.json() + ")")) {
      insert.setString(1, tenant.key());
      insert.setString(2, plan.id().key());
      insert.setLong(3, plan.version());
      insert.setString(4, json.write(plan).compactText());
      insert.executeUpdate();
    }
  }

  private void insertNotifications(Connection c, TenantId tenant, PlanId plan, List<PlanNotification> notifications)
      throws SQLException {
    if (notifications.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO mp_outbox (tenant, plan_id, version, audience, "
        + "recipients, event) VALUES (?, ?, ?, ?, ?, " + dialect.json() + ")")) {
      for (PlanNotification notification : notifications) {
        insert.setString(1, tenant.key());
        insert.setString(2, plan.key());
        insert.setLong(3, notification.event().version());
        insert.setString(4, notification.audience().name());
        insert.setString(5, notification.recipients().stream().map(StakeholderId::key)
            .collect(Collectors.joining(",")));
        insert.setString(6, json.write(notification.event()).compactText());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void rewriteEvents(Connection c, TenantId tenant, PlanId plan, List<PlanEvent> before,
      List<PlanEvent> after) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE mp_event SET event = " + dialect.json()
        + " WHERE tenant = ? AND plan_id = ? AND version = ? AND seq = ?")) {
      long version = -1;
      int seq = 0;
      boolean any = false;
      for (int i = 0; i < before.size(); i++) {
        PlanEvent event = after.get(i);
        seq = event.version() == version ? seq + 1 : 0;
        version = event.version();
        if (!event.equals(before.get(i))) {
          update.setString(1, json.write(event).compactText());
          update.setString(2, tenant.key());
          update.setString(3, plan.key());
          update.setLong(4, version);
          update.setInt(5, seq);
          update.addBatch();
          any = true;
        }
      }
      if (any) {
        update.executeBatch();
      }
    }
  }

  private void rewriteSnapshots(Connection c, TenantId tenant, PlanId plan, Erasure erasure) throws SQLException {
    Map<Long, String> rewritten = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT version, plan FROM mp_snapshot WHERE tenant = ? AND "
        + "plan_id = ?")) {
      select.setString(1, tenant.key());
      select.setString(2, plan.key());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          MutualActionPlan stored = snapshot(tenant, plan, rs.getLong(1), rs.getString(2));
          MutualActionPlan erased = erasure.plan(stored);
          if (!erased.equals(stored)) {
            rewritten.put(rs.getLong(1), json.write(erased).compactText());
          }
        }
      }
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE mp_snapshot SET plan = " + dialect.json()
        + " WHERE tenant = ? AND plan_id = ? AND version = ?")) {
      for (Map.Entry<Long, String> snapshot : rewritten.entrySet()) {
        update.setString(1, snapshot.getValue());
        update.setString(2, tenant.key());
        update.setString(3, plan.key());
        update.setLong(4, snapshot.getKey());
        update.executeUpdate();
      }
    }
  }

  private void rewriteNotifications(Connection c, TenantId tenant, PlanId plan, Erasure erasure)
      throws SQLException {
    Map<Long, String> rewritten = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT id, event FROM mp_outbox WHERE tenant = ? AND "
        + "plan_id = ?")) {
      select.setString(1, tenant.key());
      select.setString(2, plan.key());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          PlanEvent stored = event(tenant, plan, rs.getString(2));
          PlanEvent erased = erasure.event(stored);
          if (!erased.equals(stored)) {
            rewritten.put(rs.getLong(1), json.write(erased).compactText());
          }
        }
      }
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE mp_outbox SET event = " + dialect.json()
        + " WHERE id = ?")) {
      for (Map.Entry<Long, String> notification : rewritten.entrySet()) {
        update.setString(1, notification.getValue());
        update.setLong(2, notification.getKey());
        update.executeUpdate();
      }
    }
  }

  // Reading stored values, which are not trusted.

  private MutualActionPlan snapshot(TenantId tenant, PlanId plan, long version, String text) {
    MutualActionPlan stored;
    try {
      stored = json.readPlan(JsonSource.of(text));
    } catch (MutualPlanException unreadable) {
      throw corrupt(tenant, plan, "the snapshot of version " + version + " does not read: "
          + unreadable.getMessage(), unreadable);
    }
    if (!stored.id().equals(plan) || stored.version() != version) {
      throw corrupt(tenant, plan, "the snapshot stored as version " + version + " is version " + stored.version()
          + " of plan '" + stored.id() + "'", null);
    }
    return stored;
  }

  private PlanEvent event(TenantId tenant, PlanId plan, String text) {
    try {
      return json.readEvent(JsonSource.of(text));
    } catch (MutualPlanException unreadable) {
      throw corrupt(tenant, plan, "an event does not read: " + unreadable.getMessage(), unreadable);
    }
  }

  private static PlanId planId(TenantId tenant, String key) {
    try {
      return PlanId.of(key);
    } catch (MutualPlanException unreadable) {
      throw new PlanStoreException("tenant '" + tenant + "': a stored plan identifier does not read: "
          + unreadable.getMessage(), unreadable);
    }
  }

  private static Set<StakeholderId> recipients(TenantId tenant, PlanId plan, String keys) {
    Set<StakeholderId> recipients = new LinkedHashSet<>();
    if (!keys.isEmpty()) {
      for (String key : keys.split(",", -1)) {
        try {
          recipients.add(StakeholderId.of(key));
        } catch (MutualPlanException unreadable) {
          throw corrupt(tenant, plan, "a notification's recipient does not read: " + unreadable.getMessage(),
              unreadable);
        }
      }
    }
    return recipients;
  }

  private static PlanStoreException corrupt(TenantId tenant, PlanId plan, String problem, @Nullable Throwable cause) {
    return new PlanStoreException("plan '" + plan + "' of tenant '" + tenant + "': " + problem, cause);
  }

  private @Nullable String health(MutualActionPlan plan, Instant at) {
    return health(plan, LocalDate.ofInstant(at, plan.zone()));
  }

  private @Nullable String health(MutualActionPlan plan, LocalDate asOf) {
    try {
      return assessor.assess(plan, asOf).band().name();
    } catch (ScheduleException unresolved) {
      LOG.debug("Plan '{}' has no health band: {}", plan.id(), unresolved.getMessage());
      return null;
    }
  }

  /** The instant at the microsecond it falls in: what a timestamp column keeps. */
  private static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
