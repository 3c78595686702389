package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compacting an embedded H2 file gives back the space of rewritten pages and keeps every ticket; commits meanwhile wait. */
final class H2CompactionTest {

  @Test
  void aCompactedFileHoldsEveryTicketInLessSpaceAndTakesCommitsAfter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("desk.mv.db");
    try (JdbcTicketStore store = JdbcTicketStore.builder().url("jdbc:h2:file:" + dir.resolve("desk")).build()) {
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-02T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      List<TicketSnapshot> registered = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
        registered.add(desk.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), "Проверили журнал", false)));
      }
      long grown = Files.size(file);

      JdbcTicketStore.Compacted compacted = store.compact().orElseThrow();

      assertTrue(compacted.bytesBefore() >= grown);
      assertTrue(compacted.bytesAfter() * 2 < compacted.bytesBefore(), "from " + grown + " to " + compacted.bytesAfter());
      assertTrue(Files.size(file) < grown, "reopened, the file is still the compacted one");
      for (TicketSnapshot t : registered) {
        assertEquals(t, desk.ticket(Fixtures.SUPERVISOR, t.id()));
        assertEquals(3, desk.journal(Fixtures.SUPERVISOR, t.id()).size());
      }
      TicketSnapshot after = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      assertEquals(after, desk.ticket(Fixtures.SUPERVISOR, after.id()));
    }
  }

  @Test
  void registrationsDuringACompactionWaitAndAreAllKept(@TempDir Path dir) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try (JdbcTicketStore store = JdbcTicketStore.builder().url("jdbc:h2:file:" + dir.resolve("desk")).build()) {
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-02T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      List<Future<List<TicketSnapshot>>> registering = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        registering.add(threads.submit(() -> {
          List<TicketSnapshot> mine = new ArrayList<>();
          for (int i = 0; i < 150; i++) {
            mine.add(desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build()));
          }
          return mine;
        }));
      }
      Future<Integer> compactions = threads.submit(() -> {
        int n = 0;
        while (registering.stream().anyMatch(f -> !f.isDone())) {
          store.compact();
          n++;
        }
        return n;
      });
      List<TicketSnapshot> all = new ArrayList<>();
      for (Future<List<TicketSnapshot>> f : registering) {
        all.addAll(f.get());
      }
      assertTrue(compactions.get() > 0);
      assertEquals(300, desk.query(Fixtures.SUPERVISOR, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT)).size());
      for (TicketSnapshot t : all) {
        assertEquals(t, desk.ticket(Fixtures.SUPERVISOR, t.id()));
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aDatabaseThatIsNoEmbeddedFileIsLeftAlone() {
    try (JdbcTicketStore store = JdbcTicketStore.builder().url("jdbc:h2:mem:compaction;DB_CLOSE_DELAY=-1").build()) {
      assertTrue(store.compact().isEmpty());
    }
  }
}
