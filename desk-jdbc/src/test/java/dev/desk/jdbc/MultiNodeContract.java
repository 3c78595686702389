package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Four desks, each with its own pool, on one database; eight threads each register, comment
 * and sweep while time moves. Nothing may be lost or done twice.
 */
abstract class MultiNodeContract {

  private static final int NODES = 4;
  private static final int THREADS = 8;
  private static final int TICKETS_PER_THREAD = 5;
  private static final int ROUNDS = 30;

  /** A URL of a fresh, empty database shared by the nodes. */
  protected abstract String freshDatabase();

  @Test
  void nothingIsLostOrDoneTwiceAcrossNodes() throws Exception {
    String url = freshDatabase();
    FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    List<JdbcTicketStore> stores = new ArrayList<>();
    List<Desk> desks = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(THREADS).build();
      stores.add(store);
      desks.add(Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
          .slaPolicies(SlaClockFixtures.POLICIES).build());
    }
    try {
      ConcurrentLinkedQueue<TicketSnapshot> registered = new ConcurrentLinkedQueue<>();
      run((desk, thread, random) -> {
        for (int i = 0; i < TICKETS_PER_THREAD; i++) {
          registered.add(desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build()));
        }
      }, desks);
      List<TicketSnapshot> tickets = new ArrayList<>(registered);
      assertEquals(NODES * THREADS * TICKETS_PER_THREAD, new HashSet<>(tickets.stream().map(TicketSnapshot::number).toList()).size(),
          "a number was handed out twice");

      AtomicInteger comments = new AtomicInteger();
      run((desk, thread, random) -> {
        for (int round = 0; round < ROUNDS; round++) {
          if (round % 5 == 0) {
            clock.advance(Duration.ofMinutes(3));
          }
          if (random.nextInt(3) == 0) {
            desk.runDueTimers(50);
          } else {
            TicketSnapshot target = tickets.get(random.nextInt(tickets.size()));
            for (int attempt = 0; attempt < 20; attempt++) {
              TicketSnapshot now = desk.ticket(Fixtures.SUPERVISOR, target.id());
              try {
                desk.execute(Fixtures.EMR_AGENT, new AddComment(now.id(), now.version(), "news " + thread + "/" + round, false));
                comments.incrementAndGet();
                break;
              } catch (StaleVersionException e) {
                // another node changed it: read again
              }
            }
          }
        }
      }, desks);
      while (desks.get(0).runDueTimers() > 0) {
        // drain what is still due
      }

      Desk reader = desks.get(1);
      int journaledComments = 0;
      int firings = 0;
      for (TicketSnapshot t : reader.query(Fixtures.SUPERVISOR, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
        List<JournalEvent> journal = reader.journal(Fixtures.SUPERVISOR, t.id());
        for (int i = 0; i < journal.size(); i++) {
          assertEquals(i + 1, journal.get(i).sequence(), "journal of " + t.number() + " has a gap");
        }
        assertEquals(t, TicketFold.replay(journal), "replay of " + t.number());
        journaledComments += (int) journal.stream().filter(e -> e.change() instanceof TicketChange.Commented).count();
        assertFiredOncePerCycle(t, journal);
        firings += (int) journal.stream().filter(e -> e.change() instanceof TicketChange.ClockWarning
            || e.change() instanceof TicketChange.ClockBreached).count();
        assertTrue(t.nextDueAt() == null || t.nextDueAt().isAfter(clock.instant()), t.number() + " is still due");
        for (SlaClock c : t.clocks()) {
          assertFalse(c.state() == SlaClock.State.RUNNING && c.nextDue() != null && !c.nextDue().isAfter(clock.instant()),
              "a due threshold of " + t.number() + " " + c.kind() + " did not fire");
        }
      }
      assertEquals(comments.get(), journaledComments, "acknowledged comments and journaled comments differ");
      assertTrue(firings > tickets.size(), "the sweeps had too little to do to prove anything: " + firings);
      assertTrue(comments.get() > NODES * THREADS * ROUNDS / 3, "too few comments went through: " + comments.get());
    } finally {
      stores.forEach(JdbcTicketStore::close);
    }
  }

  @Test
  void everyNotificationIsDeliveredByOneNodeOnce() throws Exception {
    String url = freshDatabase();
    FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Notifier recorder = new Notifier() {
      @Override public String name() { return "recorder"; }
      @Override public boolean accepts(OutboxEntry entry) { return true; }
      @Override public void deliver(OutboxEntry entry, Message message) {
        deliveries.computeIfAbsent(entry.key(), k -> new AtomicInteger()).incrementAndGet();
      }
    };
    EscalationRules tell = EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
        .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build();
    List<JdbcTicketStore> stores = new ArrayList<>();
    List<Desk> desks = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(THREADS).build();
      stores.add(store);
      desks.add(Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).escalationRules(tell)
          .notifications(NotificationDelivery.builder().notifier(recorder).batch(5).build()).build());
    }
    try {
      AtomicInteger delivered = new AtomicInteger();
      run((desk, thread, random) -> {
        for (int i = 0; i < TICKETS_PER_THREAD; i++) {
          desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().build());
          delivered.addAndGet(desk.deliverNotifications().delivered());
        }
        for (int round = 0; round < 10; round++) {
          delivered.addAndGet(desk.deliverNotifications().delivered());
        }
      }, desks);
      while (true) {
        int more = desks.get(0).deliverNotifications().delivered();
        delivered.addAndGet(more);
        if (more == 0) {
          break;
        }
      }
      int tickets = NODES * THREADS * TICKETS_PER_THREAD;
      assertEquals(tickets, deliveries.size(), "every planned notification was delivered");
      assertTrue(deliveries.values().stream().allMatch(c -> c.get() == 1), "one was delivered twice: " + deliveries);
      assertEquals(tickets, delivered.get());
    } finally {
      stores.forEach(JdbcTicketStore::close);
    }
  }

  /** No warning level fires twice in one cycle of one clock, no breach either, and no escalation level. */
  /**
   * Whether two sweeps at once each claim their own tickets. The servers lock the due timers they
   * pick; H2 picks without locks and then locks by key, so a second sweep meanwhile finds the
   * same earliest tickets taken and fires nothing (its next sweep takes them).
   */
  protected boolean sweepsAtOnceTakeTheirOwnTickets() {
    return true;
  }

  /**
   * While one node's sweep holds the earliest due tickets, another node's sweep takes the next
   * ones instead of finding the same ones taken: bursts drain with every sweeper busy.
   */
  @Test
  void aSweepWhileAnotherHoldsTheEarliestTicketsTakesTheNextOnes() throws Exception {
    Assumptions.assumeTrue(sweepsAtOnceTakeTheirOwnTickets(), "this store's sweeps pick before they lock");
    String url = freshDatabase();
    FakeClock clock = FakeClock.at("2026-03-02T09:00:00+03:00");
    try (JdbcTicketStore first = JdbcTicketStore.builder().url(url).poolSize(2).build();
        JdbcTicketStore second = JdbcTicketStore.builder().url(url).poolSize(2).build()) {
      Desk desk = Desk.builder().clock(clock).store(first).directory(Fixtures.directory())
          .slaPolicies(SlaClockFixtures.POLICIES).build();
      for (int i = 0; i < 10; i++) {
        desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build());
      }
      Instant due = clock.instant().plus(Duration.ofMinutes(8));
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Set<String> firstTook = ConcurrentHashMap.newKeySet();
      ExecutorService node = Executors.newSingleThreadExecutor();
      try {
        Future<Integer> held = node.submit(() -> first.processDue(due, 5, (ticket, timers) -> {
          firstTook.add(ticket.number());
          holding.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Optional.empty();
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        Set<String> secondTook = new HashSet<>();
        second.processDue(due, 5, (ticket, timers) -> {
          secondTook.add(ticket.number());
          return Optional.empty();
        });
        release.countDown();
        held.get(30, TimeUnit.SECONDS);
        assertEquals(5, secondTook.size(), "the second sweep took tickets of its own: " + secondTook);
        assertTrue(Collections.disjoint(firstTook, secondTook), firstTook + " and " + secondTook);
      } finally {
        release.countDown();
        node.shutdownNow();
      }
    }
  }

  static void assertFiredOncePerCycle(TicketSnapshot t, List<JournalEvent> journal) {
    Map<SlaClockKind, Integer> cycle = new EnumMap<>(SlaClockKind.class);
    Set<String> fired = new HashSet<>();
    for (JournalEvent e : journal) {
      if (e.change() instanceof TicketChange.ClockStarted s) {
        cycle.put(s.kind(), s.cycle());
      } else if (e.change() instanceof TicketChange.ClockWarning w) {
        assertTrue(fired.add(w.kind() + "/" + cycle.get(w.kind()) + "/warning " + w.level()),
            t.number() + ": " + w.kind() + " warning " + w.level() + " fired twice in cycle " + cycle.get(w.kind()));
      } else if (e.change() instanceof TicketChange.ClockBreached b) {
        assertTrue(fired.add(b.kind() + "/" + cycle.get(b.kind()) + "/breach"),
            t.number() + ": " + b.kind() + " breached twice in cycle " + cycle.get(b.kind()));
      } else if (e.change() instanceof TicketChange.EscalationFired f) {
        assertTrue(fired.add("escalation " + f.rule() + "/" + f.level() + "/" + f.cycle()),
            t.number() + ": escalation " + f.rule() + " level " + f.level() + " fired twice");
      }
    }
  }

  @FunctionalInterface
  private interface Work {
    void run(Desk desk, int thread, SplittableRandom random) throws Exception;
  }

  /** Runs the work on every thread of every node at once; rethrows the first failure. */
  private static void run(Work work, List<Desk> desks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int n = 0; n < desks.size(); n++) {
      for (int i = 0; i < THREADS; i++) {
        Desk desk = desks.get(n);
        int id = n * THREADS + i;
        Thread thread = new Thread(() -> {
          try {
            start.await();
            work.run(desk, id, new SplittableRandom(id));
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        });
        thread.start();
        threads.add(thread);
      }
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new AssertionError("a node failed: " + failure.get(), failure.get());
    }
  }
}
