package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Four separate JVM processes ({@link NodeWorker}) on one database register, get assigned,
 * resolve and sweep at once: no agent ever holds more open tickets than their capacity (checked
 * over the journal in the order of its global position, which for each agent is the order their
 * count moved in), no timer fires twice, no notification is delivered twice, no acknowledged
 * resolution is lost, and the counts the store keeps match the tickets.
 */
abstract class MultiProcessContract {

  private static final int NODES = 4;
  private static final int TICKETS = 25;

  /** A URL of a fresh, empty database shared by the nodes. */
  protected abstract String freshDatabase();

  @Test
  void fourProcessesRespectCapacityAndDoNothingTwice() throws Exception {
    String url = freshDatabase();
    // one process migrates first: the others start on a current schema
    JdbcTicketStore.builder().url(url).poolSize(2).build().close();
    Path deliveredFile = Files.createTempFile("desk-delivered", ".txt");
    try {
      List<Process> nodes = new ArrayList<>();
      List<CompletableFuture<List<String>>> outputs = new ArrayList<>();
      for (int n = 0; n < NODES; n++) {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            NodeWorker.class.getName(), url, Integer.toString(n), Integer.toString(TICKETS), deliveredFile.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        nodes.add(p);
        outputs.add(CompletableFuture.supplyAsync(() -> {
          try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            return r.lines().toList();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      List<String> acks = new ArrayList<>();
      for (int n = 0; n < NODES; n++) {
        assertTrue(nodes.get(n).waitFor(180, TimeUnit.SECONDS), "node " + n + " did not finish");
        List<String> out = outputs.get(n).get(10, TimeUnit.SECONDS);
        assertEquals(0, nodes.get(n).exitValue(), "node " + n + " failed: " + out);
        assertEquals("done", out.get(out.size() - 1));
        out.stream().filter(l -> l.startsWith("ack resolve ")).map(l -> l.substring(12)).forEach(acks::add);
      }

      try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(2).build()) {
        List<TicketSnapshot> tickets = store.query(TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT));
        assertEquals(NODES * TICKETS, tickets.size());
        Map<String, TicketSnapshot> byNumber = tickets.stream()
            .collect(Collectors.toMap(TicketSnapshot::number, t -> t));
        for (String number : acks) {
          assertEquals(Lifecycles.RESOLVED, byNumber.get(number).status(), "acknowledged resolution of " + number);
        }
        assertTrue(acks.size() >= NODES * TICKETS / 4, "too few resolutions to prove anything: " + acks.size());
        for (TicketSnapshot t : tickets) {
          List<JournalEvent> journal = store.journal(t.id());
          assertEquals(t, TicketFold.replay(journal), "replay of " + t.number());
          MultiNodeContract.assertFiredOncePerCycle(t, journal);
        }
        assertNeverOverCapacity(store, tickets);

        Map<String, Long> counted = new HashMap<>();
        for (TicketSnapshot t : tickets) {
          if (t.assignee() != null && Set.of(Lifecycles.ASSIGNED, Lifecycles.IN_PROGRESS).contains(t.status())) {
            counted.merge(t.assignee(), 1L, Long::sum);
          }
        }
        for (String agent : NodeWorker.AGENTS) {
          assertEquals(counted.getOrDefault(agent, 0L), store.counters(List.of("routing.open:" + agent))
              .get("routing.open:" + agent), "the store's count of " + agent + "'s open tickets");
        }

        List<String> delivered = Files.readAllLines(deliveredFile);
        assertEquals(new HashSet<>(delivered).size(), delivered.size(), "a notification was delivered twice");
        for (String key : delivered) {
          assertEquals(OutboxEntry.State.DELIVERED, store.outboxEntry(key).orElseThrow().state());
        }
        assertTrue(delivered.size() >= NODES * TICKETS, "every registration told the duty officer: "
            + delivered.size());
      }
    } finally {
      Files.deleteIfExists(deliveredFile);
    }
  }

  /**
   * Replays every event in global position order and counts each agent's open tickets: never more
   * than the capacity. Each move of an agent's count takes its counter's row lock before the
   * commit's journal positions, so for one agent the position order is the commit order.
   */
  @Test
  void slowAndHangingNotifiersWithShortLeasesDeliverNothingTwice() throws Exception {
    String url = freshDatabase();
    int notices = 60;
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(2).build()) {
      Desk desk = Desk.builder().store(store).directory(Fixtures.directory()).notifyPeople(true).build();
      for (int i = 0; i < notices; i++) { // each registration plans one SMS notice
        desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().description("Заявка " + i + ": не печатает")
            .build());
      }
    }
    Path deliveredFile = Files.createTempFile("desk-slow-delivered", ".txt");
    try {
      List<Process> nodes = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
            SlowDeliveryWorker.class.getName(), url, deliveredFile.toString(), Integer.toString(notices));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        nodes.add(pb.start());
      }
      for (Process p : nodes) {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a delivering node did not finish");
        assertEquals(0, p.exitValue());
      }
      List<String> delivered = Files.readAllLines(deliveredFile);
      Map<String, Long> times = delivered.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
      assertEquals(Map.of(), times.entrySet().stream().filter(e -> e.getValue() > 1)
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "notices delivered twice");
      assertEquals(notices, times.size(), "every notice delivered");
    } finally {
      Files.deleteIfExists(deliveredFile);
    }
  }

  private static void assertNeverOverCapacity(JdbcTicketStore store, List<TicketSnapshot> tickets) {
    Map<TicketId, TicketSnapshot> state = new HashMap<>();
    Map<String, Integer> open = new HashMap<>();
    int most = 0;
    int events = 0;
    for (long after = 0; ; ) {
      List<PositionedEvent> batch = store.journalAfter(after, 1_000);
      if (batch.isEmpty()) {
        break;
      }
      for (PositionedEvent p : batch) {
        JournalEvent e = p.event();
        TicketSnapshot before = state.get(e.ticketId());
        TicketSnapshot now = TicketFold.apply(before, e);
        state.put(e.ticketId(), now);
        move(open, before, -1);
        move(open, now, +1);
        for (Map.Entry<String, Integer> held : open.entrySet()) {
          assertTrue(held.getValue() <= NodeWorker.CAPACITY, held.getKey() + " held " + held.getValue()
              + " open tickets at position " + p.position());
          most = Math.max(most, held.getValue());
        }
        events++;
        after = p.position();
      }
    }
    assertEquals(tickets.stream().mapToLong(TicketSnapshot::version).sum(), events, "the feed holds every event");
    assertEquals(NodeWorker.CAPACITY, most, "the agents were filled up to capacity, or nothing was proved");
  }

  private static void move(Map<String, Integer> open, TicketSnapshot t, int sign) {
    if (t != null && t.assignee() != null && Set.of(Lifecycles.ASSIGNED, Lifecycles.IN_PROGRESS).contains(t.status())) {
      open.merge(t.assignee(), sign, Integer::sum);
    }
  }
}
