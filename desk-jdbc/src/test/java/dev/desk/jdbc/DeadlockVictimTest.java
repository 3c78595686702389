package dev.desk.jdbc;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.journal.TicketFold;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A commit the database picks as a deadlock's victim wrote nothing and is written again, so the
 * caller never sees another transaction's lock as its own failure (a registration that fails so
 * is a ticket lost to the requester). On PostgreSQL, where the victim can be chosen: the waiter
 * whose deadlock check runs first is rolled back, and the other connection's check is put off.
 */
final class DeadlockVictimTest {

  private final String[] schema = new String[1];

  @AfterEach
  void drop() {
    TestDatabases.dropPostgres(schema[0]);
  }

  @Test
  void aCommitRolledBackAsADeadlocksVictimIsWrittenAgain() throws Exception {
    String url = TestDatabases.postgres(schema);
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(2).build();
        Connection other = DriverManager.getConnection(url)) {
      TicketSnapshot ticket = Desk.builder().store(store).directory(Fixtures.directory()).build()
          .register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      store.resetCounters(Map.of("test.a", 0L, "test.b", 0L));
      JournalEvent note = new JournalEvent(ticket.id(), ticket.version() + 1, ticket.updatedAt(), Actor.SYSTEM.id(),
          ActorRole.SYSTEM, null, new TicketChange.Commented("written once", false));
      TicketCommit commit = new TicketCommit(TicketFold.apply(ticket, note), ticket.version(), List.of(note),
          List.of(), List.of(), List.of(), List.of(),
          List.of(new CounterChange("test.a", 1, null), new CounterChange("test.b", 1, null)));

      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("SET deadlock_timeout = '20s'"); // the desk's commit checks first: it is the victim
        s.executeUpdate("UPDATE desk_counter SET counter_value = counter_value + 10 WHERE name = 'test.b'");
        // the commit moves test.a, then waits for test.b
        CompletableFuture<Void> committing = CompletableFuture.runAsync(() -> store.commit(commit));
        await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnALock(url));
        // and now this connection waits for test.a: a circle, which the commit's check breaks after a second
        s.executeUpdate("UPDATE desk_counter SET counter_value = counter_value + 10 WHERE name = 'test.a'");
        other.commit();
        committing.get(30, TimeUnit.SECONDS);
      }

      assertEquals(Map.of("test.a", 11L, "test.b", 11L), store.counters(List.of("test.a", "test.b")));
      assertEquals(List.of(note), store.journal(ticket.id()).stream()
          .filter(e -> e.change() instanceof TicketChange.Commented).toList(), "the note, written once");
      assertEquals(ticket.version() + 1, store.find(ticket.id()).orElseThrow().version());
    }
  }

  /** Whether a session of this schema's database waits on a lock now. */
  private static boolean waitingOnALock(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
      r.next();
      return r.getInt(1) > 0;
    }
  }
}
