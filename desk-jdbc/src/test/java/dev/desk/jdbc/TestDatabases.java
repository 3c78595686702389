package dev.desk.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for tests: H2 in memory everywhere; a new schema on the local
 * PostgreSQL and a new database on the local MariaDB. Where a server is unreachable the test is
 * skipped with a message saying how to run it, except in CI (CI=true or the URL variable set),
 * where it fails.
 */
final class TestDatabases {

  static final String POSTGRES = env("DESK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  static final String MARIADB = env("DESK_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  private TestDatabases() {}

  /** A fresh in-memory H2 database. */
  static String h2() {
    return "jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** A fresh schema on the local PostgreSQL; its name goes into {@code created}. */
  static String postgres(String[] created) {
    String schema = "desk_" + UUID.randomUUID().toString().replace("-", "");
    run(POSTGRES, "PostgreSQL", "CREATE SCHEMA " + schema);
    created[0] = schema;
    return POSTGRES + "&currentSchema=" + schema;
  }

  /** A fresh database on the local MariaDB; its name goes into {@code created}. */
  static String mariadb(String[] created) {
    String database = "desk_" + UUID.randomUUID().toString().replace("-", "");
    run(MARIADB, "MariaDB", "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    created[0] = database;
    return MARIADB.replace("/test?", "/" + database + "?");
  }

  /** A fresh schema on the local PostgreSQL, its name added to {@code created} to drop later. */
  static String postgres(List<String> created) {
    String[] name = new String[1];
    String url = postgres(name);
    created.add(name[0]);
    return url;
  }

  /** A fresh database on the local MariaDB, its name added to {@code created} to drop later. */
  static String mariadb(List<String> created) {
    String[] name = new String[1];
    String url = mariadb(name);
    created.add(name[0]);
    return url;
  }

  static void dropPostgres(String schema) {
    if (schema != null) {
      run(POSTGRES, "PostgreSQL", "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  static void dropMariadb(String database) {
    if (database != null) {
      run(MARIADB, "MariaDB", "DROP DATABASE " + database);
    }
  }

  /** Runs a statement of test set-up (names made here, never input). */
  private static void run(String url, String server, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      boolean required = "true".equals(System.getenv("CI")) || System.getenv("DESK_TEST_POSTGRES_URL") != null;
      String message = server + " is not reachable at " + JdbcTicketStore.redact(url) + " (" + e.getMessage()
          + "). Start it (see README: Databases) or set DESK_TEST_POSTGRES_URL / DESK_TEST_MARIADB_URL.";
      if (required) {
        throw new IllegalStateException(message, e);
      }
      Assumptions.abort(message);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
