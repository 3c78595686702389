package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.notify.DeliveryReport;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notice committed before a stop is delivered after the restart; flaky delivery ends delivered. */
final class OutboxRestartTest {

  /** Fails its first {@code failures} calls. */
  private static final class Flaky implements Notifier {
    final List<String> delivered = new ArrayList<>();
    int failures;

    Flaky(int failures) {
      this.failures = failures;
    }

    @Override public String name() { return "flaky"; }
    @Override public boolean accepts(OutboxEntry entry) { return true; }
    @Override public synchronized void deliver(OutboxEntry entry, Message message) {
      if (failures-- > 0) {
        throw new IllegalStateException("gateway timeout");
      }
      delivered.add(entry.key() + " " + message.subject());
    }
  }

  @Test
  void aNoticeCommittedBeforeAStopIsDeliveredAfterTheRestartDespiteThreeFailures(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath();
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).build()) {
      Desk before = Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).notifyPeople(true).build();
      before.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicketBySms().build());
      // the node stops here, between the commit and any delivery
    }
    Flaky notifier = new Flaky(3);
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).build()) {
      Desk after = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
          .notifications(NotificationDelivery.builder().notifier(notifier).locale("en").build()).build();
      List<DeliveryReport> rounds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        rounds.add(after.deliverNotifications());
        clock.advance(Duration.ofMinutes(8));
      }
      assertEquals(List.of(new DeliveryReport(0, 1, 0), new DeliveryReport(0, 1, 0), new DeliveryReport(0, 1, 0),
          new DeliveryReport(1, 0, 0)), rounds, "three failures, then delivered");
      assertEquals(1, notifier.delivered.size());
      assertEquals(List.of(), after.deadLetters(Fixtures.SUPERVISOR, 10));
    }
  }
}
