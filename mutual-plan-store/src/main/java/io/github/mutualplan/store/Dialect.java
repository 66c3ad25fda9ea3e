package io.github.mutualplan.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What differs between the databases the store runs on: where its migrations are, how a JSON value is bound. */
enum Dialect {
  POSTGRESQL("postgresql", "CAST(? AS JSONB)"),
  H2("h2", "?");

  private final String migrations;
  private final String jsonParameter;

  Dialect(String migrations, String jsonParameter) {
    this.migrations = migrations;
    this.jsonParameter = jsonParameter;
  }

  /** The dialect of the database a connection is to. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return POSTGRESQL;
    }
    if ("H2".equalsIgnoreCase(product)) {
      return H2;
    }
    throw new IllegalArgumentException("dataSource: a " + Quoted.of(product) + " database; the plan store runs on "
        + "PostgreSQL and H2");
  }

  /** The Flyway location of the store's migrations for this database. */
  String migrations() {
    return "classpath:mutual-plan-store/migration/" + migrations;
  }

  /** The placeholder of a JSON document's text in a statement. */
  String json() {
    return jsonParameter;
  }
}
