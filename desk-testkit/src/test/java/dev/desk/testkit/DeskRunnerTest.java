package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.DeskRunner;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What desk's runner does at each interval, run by hand on a host scheduler that only records its tasks. */
final class DeskRunnerTest {

  /** A host's scheduler that keeps the runner's periodic tasks for the test to run, and never runs them itself. */
  private static final class ByHand extends ScheduledThreadPoolExecutor {
    final List<Runnable> tasks = new ArrayList<>();

    ByHand() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
      tasks.add(task);
      return super.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.DAYS);
    }
  }

  @Test
  void oneSweepDrainsABurstLargerThanABatch() {
    FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES)
        .build();
    int burst = Desk.SWEEP_BATCH * 2 + 500;
    for (int i = 0; i < burst; i++) {
      desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build());
    }
    clock.advance(Duration.ofMinutes(8)); // every response warning (50 %) is due
    ByHand host = new ByHand();
    try (DeskRunner runner = DeskRunner.builder(desk).sweepEvery(Duration.ofMinutes(1)).deliverEvery(null)
        .scheduler(host).start()) {
      assertEquals(1, host.tasks.size());
      host.tasks.get(0).run();
      assertEquals(0, desk.runDueTimers(), "the one sweep left nothing of the burst due for the next interval");
    } finally {
      host.shutdownNow();
      desk.close();
    }
  }

  @Test
  void severalSweepersAreSeveralSweepTasks() {
    Desk desk = Desk.builder().directory(Fixtures.directory()).build();
    ByHand host = new ByHand();
    try (DeskRunner runner = DeskRunner.builder(desk).sweepers(4).deliverEvery(null).scheduler(host).start()) {
      assertEquals(4, host.tasks.size());
    } finally {
      host.shutdownNow();
      desk.close();
    }
    assertThrows(IllegalArgumentException.class, () -> DeskRunner.builder(desk).sweepers(0));
  }
}
