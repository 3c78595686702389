package dev.desk.jdbc;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * desk's schema migrations: Flyway over one stream of scripts, with each dialect's spelling as
 * placeholders (see {@code migration/common/README.md}), and a start that survives a node killed
 * in the middle of a migration.
 *
 * <p>H2 and MariaDB commit each schema statement on its own, so a kill can leave a version half
 * applied and unrecorded; PostgreSQL applies a version in one transaction, but Flyway records it
 * after that commits, so a kill between leaves it applied and unrecorded. Every statement of
 * every script is therefore written to run again (IF NOT EXISTS, IF EXISTS, inserts that skip
 * what is there), and {@link #resume} settles what a statement cannot: a failed version Flyway
 * recorded is forgotten so it runs again, and a key swap H2 cut between its drop and its add gets
 * its key.
 */
final class Migrations {

  static final String HISTORY = "desk_schema_history";
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final Pattern H2_COPY = Pattern.compile("(DESK_[A-Z_]+?)_COPY_[0-9]+_[0-9]+");
  private static final Pattern H2_COPY_PART = Pattern.compile("DESK_[A-Z_]+?_COPY_[0-9]+_[0-9]+_[A-Z0-9_]+");

  /**
   * Scripts rewritten to run again after a kill, by version and their checksum before: the
   * checksum of the script now. They make the same schema, so a database migrated with the
   * earlier text is realigned instead of refused.
   */
  static final Map<String, Integer> REWRITTEN = Map.ofEntries(
      // H2, versions 1-6
      Map.entry("1:-809447845", -814168379), Map.entry("2:971723235", -571622460), Map.entry("3:-1005850453", -1895649833),
      Map.entry("4:-1113498975", -339843881), Map.entry("5:1116591190", 1284705153), Map.entry("6:728835528", -2113336983),
      // MariaDB, versions 1-6
      Map.entry("1:1706821985", -83542211), Map.entry("2:-904639320", -1001386702), Map.entry("3:-744469592", -1453813024),
      Map.entry("4:1142823882", -1273931760), Map.entry("5:-1782169567", 1762475093), Map.entry("6:-1704536142", -1929698457),
      // PostgreSQL, versions 1-6 (Flyway records a version after its transaction: a kill between leaves it unrecorded)
      Map.entry("1:1336188888", 718180847), Map.entry("2:1841595438", -191301419), Map.entry("3:1289655474", 1635162927),
      Map.entry("4:-916362875", -1206656420), Map.entry("5:-568197957", -1286923901),
      Map.entry("6:-659950837", -1917803724),
      // every database, versions 8-10
      Map.entry("8:1389237733", -1080597698), Map.entry("9:1550390798", -1176018423), Map.entry("10:-1311819648", -448036466));

  private Migrations() {}

  /** Applies the pending migrations ({@code migrate}) or only checks the schema is current. */
  static void apply(DataSource ds, String where, String dialect, boolean migrate) {
    Flyway flyway = configure(ds, dialect).load();
    try {
      if (migrate) {
        resume(ds, dialect);
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info("desk schema on {} ({}): {} migration(s) applied", where, dialect, applied);
      } else {
        flyway.validate();
      }
    } catch (FlywayException e) {
      if (String.valueOf(e.getMessage()).contains("non-empty schema")) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The schema desk would use on " + where
            + " already holds tables that are not desk's. Give desk a schema of its own with"
            + " JdbcTicketStore.builder().schema(\"desk\"), or an empty database", e);
      }
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The desk schema on " + where
          + " does not fit this version of desk: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot read the desk schema history on " + where
          + ": " + e.getMessage(), e);
    }
  }

  /** Flyway as desk configures it. */
  static FluentConfiguration configure(DataSource ds, String dialect) {
    return Flyway.configure()
        .dataSource(ds)
        // versions 1-6 per database, then one stream with the dialect's types as placeholders
        .locations("classpath:dev/desk/jdbc/migration/" + dialect, "classpath:dev/desk/jdbc/migration/common")
        .placeholders(placeholders(dialect))
        .table(HISTORY)
        // a schema migrated by a newer desk must refuse to start, not be ignored as "future"
        .ignoreMigrationPatterns(new String[0]);
  }

  /**
   * Settles what a migration cut short left behind, before Flyway looks: every statement of a
   * version then runs again from the start and completes it.
   */
  static void resume(DataSource ds, String dialect) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(true);
      if (!hasTable(c, HISTORY)) {
        return; // a first start: nothing was recorded, and every script runs again over what is there
      }
      String q = c.getMetaData().getIdentifierQuoteString().strip();
      String table = q + HISTORY + q;
      // a failed version (recorded where the schema statements are not transactional) runs again
      try (PreparedStatement p = c.prepareStatement(
          "DELETE FROM " + table + " WHERE " + q + "success" + q + " = ?")) {
        p.setBoolean(1, false);
        int forgotten = p.executeUpdate();
        if (forgotten > 0) {
          LOG.info("desk schema: {} version(s) cut short are applied again", forgotten);
        }
      }
      realign(c, table, q);
      if (dialect.equals("h2")) {
        finishTableCopies(c);
      }
      if (dialect.equals("h2") && hasTable(c, "desk_journal") && primaryKey(c, "desk_journal").isEmpty()
          && hasColumn(c, "desk_journal", "global_position")) {
        // version 7 was cut between dropping the journal's key and adding the new one
        try (Statement s = c.createStatement()) {
          s.execute("ALTER TABLE desk_journal ADD PRIMARY KEY (global_position)");
        }
      }
    }
  }

  /**
   * H2 changes a table's columns by copying it: a table {@code T_COPY_n_m} with every index and
   * constraint named {@code T_COPY_n_m_<name>}, filled, then {@code T} dropped, the copy renamed
   * to {@code T} and its parts renamed back. A kill can stop that at any step: while {@code T} is
   * there the copy is dropped (the statement runs again); once it is gone the copy is whole and
   * the renaming is finished.
   */
  private static void finishTableCopies(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "DESK_%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String name : tables) {
        Matcher copy = H2_COPY.matcher(name);
        if (!copy.matches()) {
          continue;
        }
        String base = copy.group(1);
        // names read from the database's catalogue and matched against [A-Z_0-9]+, not input
        if (tables.contains(base)) {
          s.execute("DROP TABLE \"" + name + "\" CASCADE");
          LOG.info("desk schema: an unfinished copy of {} is dropped; its change runs again", base);
        } else {
          s.execute("ALTER TABLE \"" + name + "\" RENAME TO \"" + base + "\"");
          LOG.info("desk schema: the copy of {} a change left whole is renamed back", base);
        }
      }
      for (String[] part : copiedParts(c)) {
        String original = part[2].substring(part[1].length() + 1).replaceFirst("^COPY_[0-9]+_[0-9]+_", "");
        s.execute(part[0].equals("index")
            ? "ALTER INDEX \"" + part[2] + "\" RENAME TO \"" + original + "\""
            : "ALTER TABLE \"" + part[1] + "\" RENAME CONSTRAINT \"" + part[2] + "\" TO \"" + original + "\"");
      }
    }
  }

  /** Constraints and indexes (kind, table, name) still named after a table copy, constraints first. */
  private static List<String[]> copiedParts(Connection c) throws SQLException {
    List<String[]> parts = new ArrayList<>();
    String schema = c.getSchema();
    for (String[] query : new String[][] {
        {"constraint", "SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE TABLE_SCHEMA = ?"},
        {"index", "SELECT TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = ?"}}) {
      try (PreparedStatement p = c.prepareStatement(query[1])) {
        p.setString(1, schema);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            String table = rs.getString(1);
            String name = rs.getString(2);
            if (name.startsWith(table + "_COPY_") && H2_COPY_PART.matcher(name).matches()) {
              parts.add(new String[] {query[0], table, name});
            }
          }
        }
      }
    }
    return parts;
  }

  /** Versions applied with a script's earlier, equivalent text get the checksum of its text now. */
  private static void realign(Connection c, String table, String q) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + q + "version" + q + ", " + q + "checksum" + q + " FROM " + table)) {
      while (rs.next()) {
        rows.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] row : rows) {
      Integer now = REWRITTEN.get(row[0] + ":" + row[1]);
      if (now != null) {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + q + "checksum" + q + " = ? WHERE "
            + q + "version" + q + " = ? AND " + q + "checksum" + q + " = ?")) {
          p.setInt(1, now);
          p.setString(2, row[0]);
          p.setInt(3, Integer.parseInt(row[1]));
          p.executeUpdate();
        }
      }
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), stored(c, table), null)) {
      while (rs.next()) {
        if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The columns of a table's primary key, empty when it has none. */
  static List<String> primaryKey(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), c.getSchema(), stored(c, table))) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** A name as the database keeps it (H2 folds unquoted names to upper case). */
  private static String stored(Connection c, String name) throws SQLException {
    return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  /** How the dialect spells what the common migrations name (see migration/common/README.md). */
  static Map<String, String> placeholders(String dialect) {
    boolean mariadb = dialect.equals("mariadb");
    return Map.of(
        "text", switch (dialect) {
          case "h2" -> "CHARACTER VARYING(1000000)";
          case "postgresql" -> "TEXT";
          default -> "LONGTEXT";
        },
        // each statement runs again after a kill on H2 and MariaDB (resume adds a key the H2 swap lost)
        "journal_keyed_by_position", switch (dialect) {
          case "h2" -> "ALTER TABLE desk_journal ADD COLUMN IF NOT EXISTS global_position BIGINT GENERATED BY DEFAULT"
              + " AS IDENTITY; ALTER TABLE desk_journal DROP PRIMARY KEY;"
              + " ALTER TABLE desk_journal ADD PRIMARY KEY (global_position);"
              + " CREATE UNIQUE INDEX IF NOT EXISTS desk_journal_ticket ON desk_journal (ticket_id, seq)";
          case "postgresql" -> "ALTER TABLE desk_journal ADD COLUMN IF NOT EXISTS global_position BIGINT GENERATED BY"
              + " DEFAULT AS IDENTITY; ALTER TABLE desk_journal DROP CONSTRAINT IF EXISTS desk_journal_pkey;"
              + " ALTER TABLE desk_journal ADD PRIMARY KEY (global_position);"
              + " CREATE UNIQUE INDEX IF NOT EXISTS desk_journal_ticket ON desk_journal (ticket_id, seq)";
          // one statement, which MariaDB applies whole or not at all
          default -> "ALTER TABLE desk_journal DROP PRIMARY KEY,"
              + " ADD COLUMN IF NOT EXISTS global_position BIGINT NOT NULL AUTO_INCREMENT,"
              + " ADD PRIMARY KEY (global_position),"
              + " ADD UNIQUE INDEX IF NOT EXISTS desk_journal_ticket (ticket_id, seq)";
        },
        // H2 writes its whole store each time it moves an identity's cached range: 1,000 at a time, not 32
        "journal_position_cache", dialect.equals("h2")
            ? "ALTER TABLE desk_journal ALTER COLUMN global_position SET CACHE 1000" : "SELECT 1",
        // a key the database numbers, in the order rows are inserted
        "identity_key", mariadb ? "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"
            : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        "table_options", mariadb ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "",
        // the journal and the outbox, which reports query; the snapshot, rewritten by every commit and read
        // whole, stays text: jsonb would make the server parse it on every write for no query
        "json_columns", dialect.equals("postgresql")
            ? "ALTER TABLE desk_journal ALTER COLUMN event TYPE jsonb USING event::jsonb;"
                + " ALTER TABLE desk_outbox ALTER COLUMN notification TYPE jsonb USING notification::jsonb"
            : "SELECT 1",
        // schema 15: json keeps the text as written, without jsonb's binary form to build on insert and print on read
        "json_kept_as_written", dialect.equals("postgresql")
            ? "ALTER TABLE desk_journal ALTER COLUMN event TYPE json USING event::json;"
                + " ALTER TABLE desk_outbox ALTER COLUMN notification TYPE json USING notification::json"
            : "SELECT 1",
        "drop_ticket_due_index", mariadb
            ? "DROP INDEX IF EXISTS desk_ticket_due ON desk_ticket" : "DROP INDEX IF EXISTS desk_ticket_due");
  }
}
