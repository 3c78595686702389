package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

final class TicketNumberConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void numbersStayUniqueUnderEightThreadsRegistering() {
    qt().withExamples(200).forAll(integers().between(1, 60)).checkAssert(perThread -> {
      TestDesk t = new TestDesk(Clock.systemUTC());
      ConcurrentLinkedQueue<TicketSnapshot> registered = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Thread thread = new Thread(() -> {
          await(start);
          for (int n = 0; n < perThread; n++) {
            registered.add(t.desk.register(Actor.SYSTEM, TestDesk.clinicTicket().build()));
          }
        });
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      threads.forEach(TicketNumberConcurrencyTest::join);

      Set<String> numbers = new HashSet<>();
      registered.forEach(ticket -> numbers.add(ticket.number()));
      int total = THREADS * perThread;
      assertEquals(total, registered.size());
      assertEquals(total, numbers.size(), "a number was handed out twice");
      assertEquals(total, t.store.size());
      assertEquals(Math.min(total, TicketQuery.MAX_LIMIT),
          t.desk.query(Actor.SYSTEM, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT)).size());
    });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
