package dev.desk.testkit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.DeskRunner;
import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.core.plugin.PluginThreads;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The host owns the threads: desk's own pool is bounded and stops on close; a runner is the host's to start. */
final class ThreadsTest {

  /** A classifier that hangs and ignores interruption, as the worst plugin would. */
  private static final class Stuck implements UrgencyClassifier {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public String name() {
      return "stuck";
    }

    @Override
    public Duration timeBudget() {
      return Duration.ofMillis(5);
    }

    @Override
    public Classification classify(ClassificationRequest request) {
      while (true) {
        try {
          never.await();
        } catch (InterruptedException e) {
          // ignores it, and goes on hanging
        }
      }
    }
  }

  private static long pluginThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("desk-plugin-")).count();
  }

  @Test
  void aPluginThatHangsHoldsNoMoreThanTheBoundedPool() {
    long before = pluginThreads();
    Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).directory(Fixtures.directory())
        .classification(UrgencyClassification.of(UrgencyRules.defaults(), List.of(new Stuck()))).build();
    for (int i = 0; i < 3 * PluginThreads.DEFAULT_MAX; i++) {
      TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      assertEquals("NEW", t.status(), "the ticket is registered whatever the plugin does");
    }
    assertTrue(pluginThreads() - before <= PluginThreads.DEFAULT_MAX, "threads: " + (pluginThreads() - before));
    desk.close();
  }

  @Test
  void closeStopsTheDesksOwnThreadsAndLeavesTheHostsPool() {
    Desk own = Desk.builder().directory(Fixtures.directory()).build();
    own.close();
    assertTrue(own.executor().isShutdown());

    ExecutorService hosts = Executors.newFixedThreadPool(2);
    Desk given = Desk.builder().directory(Fixtures.directory()).executor(hosts).build();
    given.close();
    assertFalse(hosts.isShutdown(), "the host's pool is the host's");
    hosts.shutdown();
  }

  @Test
  void aRunnerSweepsUntilItIsClosed() {
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES)
        .build();
    TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofHours(3));
    try (DeskRunner runner = DeskRunner.builder(desk).sweepEvery(Duration.ofMillis(20)).deliverEvery(null).start()) {
      await().atMost(Duration.ofSeconds(10)).until(() -> desk.journal(Fixtures.SUPERVISOR, t.id()).stream()
          .anyMatch(e -> e.change() instanceof TicketChange.ClockBreached));
    }
    desk.close();
  }
}
