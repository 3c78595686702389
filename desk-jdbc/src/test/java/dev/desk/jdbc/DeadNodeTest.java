package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import dev.desk.core.Desk;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A node that dies holding claims on due tickets releases them: another node fires them, once. */
final class DeadNodeTest {

  private static final int TICKETS = 20;
  private final String[] schema = new String[1];

  @AfterEach
  void dropSchema() {
    TestDatabases.dropPostgres(schema[0]);
  }

  @Test
  void claimsDieWithTheNodeThatHeldThem() throws Exception {
    String url = TestDatabases.postgres(schema);
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).build()) {
      Desk registering = desk(store, Clock.fixed(CrashWorker.T0, ZoneOffset.UTC));
      List<TicketSnapshot> tickets = new ArrayList<>();
      for (int i = 0; i < TICKETS; i++) {
        tickets.add(registering.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build()));
      }
      Desk sweeping = desk(store, Clock.fixed(CrashWorker.T0.plus(Duration.ofMinutes(8)), ZoneOffset.UTC));

      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
          CrashWorker.class.getName(), url, "hang-sweep").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("claimed ")) {
          // wait until the child holds its claims
        }
        assertTrue(line != null, "the child never claimed");
        assertEquals(0, sweeping.runDueTimers(), "claimed rows are skipped, not fired twice nor waited for");

        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
      } finally {
        child.destroyForcibly();
      }

      // the server ends the dead node's session, and its locks with it
      AtomicInteger fired = new AtomicInteger();
      await().atMost(Duration.ofSeconds(30)).until(() -> fired.addAndGet(sweeping.runDueTimers()) >= TICKETS);
      assertEquals(TICKETS, fired.get(), "every claimed timer fires after the claiming node died");
      assertEquals(0, sweeping.runDueTimers());
      for (TicketSnapshot t : tickets) {
        long warnings = sweeping.journal(Fixtures.SUPERVISOR, t.id()).stream()
            .filter(e -> e.change() instanceof TicketChange.ClockWarning w && w.kind() == SlaClockKind.RESPONSE).count();
        assertEquals(1, warnings, t.number() + " fired its 50 % warning once");
      }
    }
  }

  private static Desk desk(JdbcTicketStore store, Clock clock) {
    return Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).build();
  }
}
