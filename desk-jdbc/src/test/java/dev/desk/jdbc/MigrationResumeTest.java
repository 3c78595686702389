package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node killed in the middle of a migration on a database whose schema statements commit one by
 * one (H2, MariaDB) leaves a version half applied and unrecorded. For every version and every
 * statement it could have been cut after, the next start completes it: same schema as a clean
 * migration, rows kept, none doubled. PostgreSQL applies a version in one transaction but Flyway
 * records it after the commit, so there every version is cut whole as well as part-way.
 */
final class MigrationResumeTest {

  private static final int LATEST = 15;
  private final List<String> databases = new ArrayList<>();
  private final List<String> schemas = new ArrayList<>();

  @AfterEach
  void drop() {
    databases.forEach(TestDatabases::dropMariadb);
    schemas.forEach(TestDatabases::dropPostgres);
  }

  @Test
  void onH2EveryVersionCutAfterAnyStatementCompletesAtTheNextStart() throws Exception {
    everyCut("h2", TestDatabases::h2, false);
  }

  /** PostgreSQL commits a version whole, but Flyway records it after: a version can be applied and unrecorded. */
  @Test
  void onPostgresqlEveryVersionAppliedButUnrecordedCompletesAtTheNextStart() throws Exception {
    everyCut("postgresql", () -> TestDatabases.postgres(schemas), true);
  }

  @Test
  void onMariadbEveryVersionCutAfterAnyStatementCompletesAtTheNextStart() throws Exception {
    everyCut("mariadb", () -> TestDatabases.mariadb(databases), false);
  }

  @Test
  void aFailedVersionFlywayRecordedRunsAgain() throws Exception {
    String url = TestDatabases.h2();
    try (HikariDataSource ds = pool(url)) {
      Migrations.configure(ds, "h2").target("6").load().migrate();
      run(ds, statements("h2", 7).subList(0, 2));
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        // what Flyway writes when a statement fails on a database without transactional schema changes
        s.execute("INSERT INTO \"desk_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
            + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (7, '7',"
            + " 'journal position', 'SQL', 'V7__journal_position.sql', 56225022, 'desk', 3, FALSE)");
      }
    }
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    assertEquals(SchemaShape.of(clean("h2", TestDatabases::h2), null), SchemaShape.of(url, null));
  }

  /** H2 changes a table's columns through a copy; version 10 is cut while the copy is made. */
  @Test
  void onH2AChangeCutWhileItsTableWasCopiedRunsAgain() throws Exception {
    String url = h2At9WithATicket();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE DESK_TICKET_COPY_4_2 AS SELECT * FROM desk_ticket WITH NO DATA");
      s.execute("CREATE INDEX DESK_TICKET_COPY_4_2_DESK_TICKET_CREATED ON DESK_TICKET_COPY_4_2 (created_at)");
    }
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    assertEquals(SchemaShape.of(clean("h2", TestDatabases::h2), null), SchemaShape.of(url, null));
    assertEquals(List.of(1, 1, 1), rows(url));
  }

  /** ... and cut after the table was dropped, before its copy took its name back. */
  @Test
  void onH2AChangeCutBeforeItsCopyWasRenamedIsFinished() throws Exception {
    String url = h2At9WithATicket();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP INDEX desk_ticket_due"); // version 10 up to its last statement
      s.execute("ALTER TABLE desk_ticket DROP COLUMN next_due_at");
      s.execute("ALTER TABLE desk_ticket RENAME TO DESK_TICKET_COPY_4_2");
      for (String index : List.of("DESK_TICKET_CREATED", "DESK_TICKET_STATUS")) {
        s.execute("ALTER INDEX " + index + " RENAME TO DESK_TICKET_COPY_4_2_" + index);
      }
      s.execute("ALTER TABLE DESK_TICKET_COPY_4_2 RENAME CONSTRAINT DESK_TICKET_NUMBER_UNIQUE"
          + " TO DESK_TICKET_COPY_4_2_DESK_TICKET_NUMBER_UNIQUE");
    }
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    Map<String, String> shape = SchemaShape.of(url, null);
    assertEquals(SchemaShape.of(clean("h2", TestDatabases::h2), null), shape);
    assertEquals(List.of(1, 1, 1), rows(url), "the ticket kept");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_NAME = 'DESK_TICKET_NUMBER_UNIQUE'")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the unique number keeps its name");
    }
  }

  private static String h2At9WithATicket() throws SQLException {
    String url = TestDatabases.h2();
    try (HikariDataSource ds = pool(url)) {
      Migrations.configure(ds, "h2").target("9").load().migrate();
      aTicketWithItsJournal(ds, 7); // with its due instant; version 8 has made its timer
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("INSERT INTO desk_timer (ticket_id, kind, due_at) VALUES ('019cf53a-d700-7000-8283-a0ac7d80dbba',"
            + " 'desk.due', 2)");
      }
    }
    return url;
  }

  @Test
  void theRewrittenScriptsHaveTheChecksumsTheRealignmentGivesThem() throws Exception {
    Set<Integer> now = new TreeSet<>();
    for (String url : List.of(clean("h2", TestDatabases::h2), clean("mariadb", () -> TestDatabases.mariadb(databases)),
        clean("postgresql", () -> TestDatabases.postgres(schemas)))) {
      String q = url.startsWith("jdbc:mariadb") ? "`" : url.startsWith("jdbc:h2") ? "\"" : "";
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT " + q + "checksum" + q + " FROM " + q + Migrations.HISTORY + q
              + " WHERE " + q + "version" + q + " NOT IN ('7', '11', '12', '13', '14', '15')")) {
        while (rs.next()) {
          now.add(rs.getInt(1));
        }
      }
    }
    assertEquals(new TreeSet<>(Migrations.REWRITTEN.values()), now);
  }

  @Test
  void aDatabaseMigratedWithTheScriptsBeforeTheyCouldRunAgainStillStarts() throws Exception {
    String url = TestDatabases.h2();
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement("UPDATE \"desk_schema_history\" SET \"checksum\" = ? WHERE \"version\" = ?")) {
      // the checksums versions 1 and 10 had before their statements were made to run again
      for (Object[] earlier : new Object[][] {{-809447845, "1"}, {-1311819648, "10"}}) {
        p.setInt(1, (Integer) earlier[0]);
        p.setString(2, (String) earlier[1]);
        assertEquals(1, p.executeUpdate());
      }
    }
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    JdbcTicketStore.builder().url(url).poolSize(2).migrate(false).build().close();
  }

  /** @param whole only versions applied whole (a transaction), not cut between their statements */
  private static void everyCut(String dialect, Supplier<String> fresh, boolean whole) throws Exception {
    Map<String, String> clean = SchemaShape.of(clean(dialect, fresh), null);
    int cuts = 0;
    for (int version = 1; version <= LATEST; version++) {
      List<String> script = statements(dialect, version);
      for (int done = whole ? script.size() : 1; done <= script.size(); done++) {
        String url = fresh.get();
        try (HikariDataSource ds = pool(url)) {
          if (version > 1) {
            Migrations.configure(ds, dialect).target(String.valueOf(version - 1)).load().migrate();
            aTicketWithItsJournal(ds, version - 1);
          } else {
            historyWithNothingApplied(ds, dialect);
          }
          run(ds, script.subList(0, done));
        }
        String cut = "version " + version + " cut after statement " + done + " of " + script.size();
        try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(2).build()) {
          assertEquals(clean, SchemaShape.of(url, null), cut);
          assertEquals(String.valueOf(LATEST), SchemaTest.version(url), cut);
          if (version > 1) {
            assertEquals(List.of(1, 1, version <= 8 ? 1 : 0), rows(url), cut + ": tickets, journal rows, timers");
          }
        }
        cuts++;
      }
    }
    assertTrue(cuts >= LATEST, "cuts tried: " + cuts);
  }

  /** Flyway makes its history table, empty, before the first version runs. */
  private static void historyWithNothingApplied(HikariDataSource ds, String dialect) throws SQLException {
    Migrations.configure(ds, dialect).baselineVersion("0").load().baseline();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      String q = c.getMetaData().getIdentifierQuoteString();
      s.execute("DELETE FROM " + q + Migrations.HISTORY + q);
    }
  }

  private static String clean(String dialect, Supplier<String> fresh) {
    String url = fresh.get();
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    return url;
  }

  /** A ticket and a journal row as schema {@code version} spells them, so each script meets data. */
  private static void aTicketWithItsJournal(HikariDataSource ds, int version) throws SQLException {
    try (Connection c = ds.getConnection()) {
      String due = version < 10 ? ", next_due_at" : "";
      try (PreparedStatement p = c.prepareStatement("INSERT INTO desk_ticket (id, ticket_number, organisation_id, status,"
          + " created_at, version, snapshot" + due + ") VALUES (?, ?, ?, ?, ?, ?, ?" + (due.isEmpty() ? "" : ", ?") + ")")) {
        p.setString(1, "019cf53a-d700-7000-8283-a0ac7d80dbba");
        p.setString(2, "DESK-2026-000001");
        p.setString(3, "city-hospital-1");
        p.setString(4, "NEW");
        p.setLong(5, 1L);
        p.setLong(6, 1L);
        p.setString(7, "{}");
        if (!due.isEmpty()) {
          p.setLong(8, 2L);
        }
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO desk_journal (ticket_id, seq, occurred_at, kind, event) VALUES (?, ?, ?, ?, ?)")) {
        p.setString(1, "019cf53a-d700-7000-8283-a0ac7d80dbba");
        p.setLong(2, 1L);
        p.setLong(3, 1L);
        p.setString(4, "ticket.registered");
        if (c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
          p.setObject(5, "{}", Types.OTHER); // jsonb from version 10, json from 15
        } else {
          p.setString(5, "{}");
        }
        p.executeUpdate();
      }
    }
  }

  private static List<Integer> rows(String url) throws SQLException {
    List<Integer> counts = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String table : List.of("desk_ticket", "desk_journal", "desk_timer")) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.add(rs.getInt(1));
        }
      }
    }
    return counts;
  }

  private static void run(HikariDataSource ds, List<String> statements) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The statements of a version's script as the dialect runs them: comments out, placeholders in. */
  static List<String> statements(String dialect, int version) throws IOException {
    String script = null;
    for (String folder : List.of(dialect, "common")) {
      for (String name : scripts(folder)) {
        if (name.startsWith("V" + version + "__")) {
          try (InputStream in = MigrationResumeTest.class.getResourceAsStream(
              "/dev/desk/jdbc/migration/" + folder + "/" + name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
    }
    assertTrue(script != null, "no script for version " + version);
    StringBuilder text = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(text);
    Map<String, String> placeholders = Migrations.placeholders(dialect);
    String filled = m.replaceAll(r -> Matcher.quoteReplacement(placeholders.get(r.group(1))));
    return Arrays.stream(filled.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
  }

  private static List<String> scripts(String folder) throws IOException {
    URL dir = MigrationResumeTest.class.getResource("/dev/desk/jdbc/migration/" + folder);
    try (Stream<Path> files = Files.list(Path.of(URI.create(dir.toString())))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
    }
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
