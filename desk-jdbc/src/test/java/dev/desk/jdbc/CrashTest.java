package dev.desk.jdbc;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.journal.TicketFold;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM registers tickets and is killed with SIGKILL mid-load (on H2 also with every commit
 * synced to the disk); after restart every ticket whose
 * registration returned is there with its whole journal, nothing is half-written, and the timers
 * that fell due during the downtime fire exactly once.
 */
final class CrashTest {

  private static final int ACKS_BEFORE_KILL = 40;
  private final String[] schema = new String[1];

  @AfterEach
  void dropSchema() {
    TestDatabases.dropPostgres(schema[0]);
  }

  @Test
  void h2FileSurvivesSigkill(@TempDir Path dir) throws Exception {
    crashAndRecover("jdbc:h2:file:" + dir.resolve("crash").toAbsolutePath());
  }

  @Test
  void h2FileWithEveryCommitSyncedSurvivesSigkill(@TempDir Path dir) throws Exception {
    crashAndRecover("jdbc:h2:file:" + dir.resolve("crash").toAbsolutePath(), "synced");
  }

  /**
   * Killed while it compacts the file: the kill lands as soon as the compaction's new file appears,
   * and the new file left beside the old shows it landed before the rename at least once.
   */
  @Test
  void h2FileKilledWhileCompactingLosesNothing(@TempDir Path dir) throws Exception {
    int midway = 0;
    for (int run = 0; run < 6 && (midway == 0 || run < 3); run++) {
      String url = "jdbc:h2:file:" + dir.resolve("crash" + run).toAbsolutePath();
      List<String> acked = runAndKill(url, "compact");
      if (Files.exists(dir.resolve("crash" + run + ".mv.db.tempFile"))) {
        midway++;
      }
      recovered(url, acked);
    }
    assertTrue(midway > 0, "no kill landed while a new file was being written");
  }

  @Test
  void postgresSurvivesSigkill() throws Exception {
    crashAndRecover(TestDatabases.postgres(schema));
  }

  private void crashAndRecover(String url) throws Exception {
    crashAndRecover(url, "register");
  }

  private void crashAndRecover(String url, String mode) throws Exception {
    List<String> acked = runAndKill(url, mode);
    assertTrue(acked.size() >= ACKS_BEFORE_KILL, "the child acknowledged " + acked.size());
    recovered(url, acked);
  }

  /** Every acknowledged ticket is there with its whole journal, nothing is half-written, due timers fire once. */
  private static void recovered(String url, List<String> acked) {
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).build()) {
      Desk after = Desk.builder().clock(Clock.fixed(CrashWorker.T0.plus(Duration.ofHours(6)), ZoneOffset.UTC))
          .store(store).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES).build();
      for (String number : acked) {
        TicketSnapshot t = after.ticketByNumber(Fixtures.SUPERVISOR, number);
        List<JournalEvent> journal = after.journal(Fixtures.SUPERVISOR, t.id());
        assertEquals(4, journal.size(), number + ": registration, its urgency judgement and its two clocks");
      }
      List<TicketSnapshot> all = after.query(Fixtures.SUPERVISOR, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT));
      for (TicketSnapshot t : all) {
        assertEquals(t, TicketFold.replay(after.journal(Fixtures.SUPERVISOR, t.id())), "half-written " + t.number());
      }
      assertTrue(all.size() <= acked.size() + 1, "at most the one registration in flight is extra");

      int fired = after.runDueTimers(TicketQuery.MAX_LIMIT);
      // each emergency: response 50 %, 80 %, breach; resolution 50 %, 80 %, breach (4 h, 6 h passed)
      assertEquals(6 * all.size(), fired, "every timer due during the downtime fires after restart");
      assertEquals(0, after.runDueTimers(TicketQuery.MAX_LIMIT), "and only once");
      long breaches = all.stream().mapToLong(t -> after.journal(Fixtures.SUPERVISOR, t.id()).stream()
          .filter(e -> e.change() instanceof TicketChange.ClockBreached).count()).sum();
      assertEquals(2L * all.size(), breaches);
    }
  }

  /** Starts the worker, waits for enough acknowledgements, kills it with SIGKILL; the numbers acknowledged. */
  private static List<String> runAndKill(String url, String mode) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        CrashWorker.class.getName(), url, mode);
    boolean killed = false;
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          acked.add(line.substring(4));
        }
        boolean compacting = line.equals("compacting");
        if (!killed && acked.size() >= ACKS_BEFORE_KILL && (compacting || !mode.equals("compact"))) {
          if (compacting) { // kill as soon as the compaction's new file appears: mid-copy, before the rename
            Path half = Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db.tempFile");
            await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(half) || !child.isAlive());
            child.toHandle().destroyForcibly(); // SIGKILL at once; the pipe stays open for what was printed
          }
          // SIGKILL from outside: no shutdown hooks, no flushing; the pipe keeps what was printed
          new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
          killed = true;
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    }
    return acked;
  }
}
