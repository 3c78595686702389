package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.spi.error.DeskException;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One migration stream: the same version means the same schema on H2, PostgreSQL and MariaDB;
 * and desk lives in a schema of its own inside a host's database without touching the host's tables.
 */
final class SchemaTest {

  private final String[] pg = new String[1];
  private final String[] maria = new String[1];
  private final List<Runnable> drops = new ArrayList<>();

  @AfterEach
  void drop() {
    TestDatabases.dropPostgres(pg[0]);
    TestDatabases.dropMariadb(maria[0]);
    drops.forEach(Runnable::run);
  }

  @Test
  void theThreeDatabasesHoldTheSameSchemaAfterMigration() throws SQLException {
    String h2 = TestDatabases.h2();
    String postgres = TestDatabases.postgres(pg);
    String mariadb = TestDatabases.mariadb(maria);
    for (String url : List.of(h2, postgres, mariadb)) {
      JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    }
    Map<String, String> onH2 = SchemaShape.of(h2, null);
    assertTrue(onH2.size() > 40, "the desk tables' columns: " + onH2);
    assertEquals(onH2, SchemaShape.of(postgres, pg[0]), "PostgreSQL differs from H2");
    assertEquals(onH2, SchemaShape.of(mariadb, maria[0]), "MariaDB differs from H2");
    assertEquals(version(h2), version(postgres));
    assertEquals(version(h2), version(mariadb));
  }

  static String version(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"desk_schema_history\""
            .replace("\"", url.startsWith("jdbc:mariadb") ? "`" : "\""))) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void onH2DeskKeepsToItsOwnSchema() throws SQLException {
    livesBesideTheHost(TestDatabases.h2(), "desk");
  }

  @Test
  void onPostgresqlDeskKeepsToItsOwnSchema() throws SQLException {
    String name = "desk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    drops.add(() -> TestDatabases.dropPostgres(name));
    livesBesideTheHost(TestDatabases.postgres(pg), name);
  }

  @Test
  void onMariadbDeskKeepsToItsOwnDatabase() throws SQLException {
    String name = "desk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    drops.add(() -> TestDatabases.dropMariadb(name));
    livesBesideTheHost(TestDatabases.mariadb(maria), name);
  }

  private static void livesBesideTheHost(String hostUrl, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(hostUrl); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE patient (id INT PRIMARY KEY, full_name VARCHAR(100))");
      s.execute("INSERT INTO patient (id, full_name) VALUES (1, 'Иванова Анна Петровна')");
    }
    DeskException crowded = assertThrows(DeskException.class,
        () -> JdbcTicketStore.builder().url(hostUrl).poolSize(2).build());
    assertTrue(crowded.getMessage().contains("schema(\"desk\")"), crowded.getMessage());

    try (JdbcTicketStore store = JdbcTicketStore.builder().url(hostUrl).schema(schema).poolSize(2).build()) {
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    }
    try (JdbcTicketStore again = JdbcTicketStore.builder().url(hostUrl).schema(schema).poolSize(2).build()) {
      assertEquals(1, again.query(dev.desk.spi.storage.TicketQuery.all()).size(), "a second start finds it");
    }
    Map<String, Integer> hostTables = new HashMap<>();
    try (Connection c = DriverManager.getConnection(hostUrl); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM patient")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "the host's rows are as they were");
      }
      String catalog = hostUrl.startsWith("jdbc:mariadb") ? c.getCatalog() : null;
      try (ResultSet rs = c.getMetaData().getTables(catalog, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          hostTables.merge(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    assertEquals(Map.of("patient", 1), hostTables, "desk made no table among the host's");
  }
}
