package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.desk.core.Desk;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node is killed with SIGKILL while it migrates the schema, at the start of one version after
 * another, on its first start (an empty database) and during an upgrade (a database at version
 * 6); another node then starts on what was left, with the schema of a clean migration, and
 * works. The kill lands wherever the child is when its log names the version.
 */
final class MigrationKillTest {

  /** The versions at whose start a first start is killed, and those an upgrade from 6 is killed at. */
  private static final List<Integer> FIRST_START = List.of(1, 3, 6, 7, 8, 10);
  private static final List<Integer> UPGRADE = List.of(7, 8, 10);

  private final List<String> schemas = new ArrayList<>();
  private final List<String> databases = new ArrayList<>();

  @AfterEach
  void drop() {
    schemas.forEach(TestDatabases::dropPostgres);
    databases.forEach(TestDatabases::dropMariadb);
  }

  @Test
  void onH2(@TempDir Path dir) throws Exception {
    int[] n = {0};
    killedAndStarted("h2", () -> "jdbc:h2:file:" + dir.resolve("kill-" + n[0]++).toAbsolutePath());
  }

  @Test
  void onPostgresql() throws Exception {
    killedAndStarted("postgresql", () -> TestDatabases.postgres(schemas));
  }

  @Test
  void onMariadb() throws Exception {
    killedAndStarted("mariadb", () -> TestDatabases.mariadb(databases));
  }

  private static void killedAndStarted(String dialect, Supplier<String> fresh) throws Exception {
    String reference = fresh.get();
    JdbcTicketStore.builder().url(reference).poolSize(2).build().close();
    Map<String, String> clean = SchemaShape.of(reference, null);
    for (int version : FIRST_START) {
      String url = fresh.get();
      killAt(url, version);
      startsAndWorks(url, clean, "first start killed at version " + version);
    }
    for (int version : UPGRADE) {
      String url = fresh.get();
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setMaximumPoolSize(2);
      try (HikariDataSource ds = new HikariDataSource(config)) {
        Migrations.configure(ds, dialect).target("6").load().migrate();
      }
      killAt(url, version);
      startsAndWorks(url, clean, "upgrade from 6 killed at version " + version);
    }
  }

  /** Starts a node on the database and kills it with SIGKILL when its log says it migrates to the version. */
  private static void killAt(String url, int version) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        CrashWorker.class.getName(), url, "start");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    String mark = "to version \"" + version + " ";
    try (BufferedReader log = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = log.readLine()) != null) {
        if (line.contains(mark)) {
          new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    }
  }

  private static void startsAndWorks(String url, Map<String, String> clean, String what) throws Exception {
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(2).build()) {
      assertEquals(clean, SchemaShape.of(url, null), what);
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      assertEquals(1, store.query(TicketQuery.all()).size(), what);
    }
  }
}
