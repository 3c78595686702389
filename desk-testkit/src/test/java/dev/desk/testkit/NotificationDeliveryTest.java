package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.notify.DeliveryReport;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.plugin.PluginHealth;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Delivery from the outbox: retries with growing pauses, dead letters, re-queueing, budgets. */
final class NotificationDeliveryTest {

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final InMemoryTicketStore store = new InMemoryTicketStore();

  /** A notifier that fails its first {@code failures} calls and records every key it is given. */
  private static final class Gateway implements Notifier {
    final List<String> keys = new ArrayList<>();
    int failures;

    Gateway(int failures) {
      this.failures = failures;
    }

    @Override public String name() { return "sms-gateway"; }
    @Override public boolean accepts(OutboxEntry entry) { return entry.notification().recipientKind().equals("PERSON"); }
    @Override public synchronized void deliver(OutboxEntry entry, Message message) {
      keys.add(entry.key());
      if (failures-- > 0) {
        throw new IllegalStateException("503 from the gateway");
      }
    }
  }

  private Desk desk(NotificationDelivery delivery) {
    EscalationRules rules = EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
        .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build();
    Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).escalationRules(rules)
        .notifications(delivery).build();
    desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    return desk;
  }

  @Test
  void aFailedDeliveryIsTriedAgainAfterGrowingPausesWithTheSameKey() {
    Gateway gateway = new Gateway(2);
    NotificationDelivery delivery = NotificationDelivery.builder().notifier(gateway).build();
    Desk desk = desk(delivery);
    assertEquals(new DeliveryReport(0, 1, 0), desk.deliverNotifications());
    clock.advance(Duration.ofSeconds(59));
    assertEquals(new DeliveryReport(0, 0, 0), desk.deliverNotifications(), "waits a minute after the first failure");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(new DeliveryReport(0, 1, 0), desk.deliverNotifications());
    clock.advance(Duration.ofSeconds(119));
    assertEquals(new DeliveryReport(0, 0, 0), desk.deliverNotifications(), "then two minutes");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(new DeliveryReport(1, 0, 0), desk.deliverNotifications());
    assertEquals(3, gateway.keys.size());
    assertEquals(1, gateway.keys.stream().distinct().count(), "one idempotency key for every try: " + gateway.keys);
    OutboxEntry done = store.outboxEntry(gateway.keys.get(0)).orElseThrow();
    assertEquals(OutboxEntry.State.DELIVERED, done.state());
    assertEquals(3, done.attempts());
    assertEquals(List.of(new PluginHealth("sms-gateway", 3, 2, 0, "sms-gateway failed: IllegalStateException: 503 from the gateway")),
        delivery.health(), "the health view");
  }

  @Test
  void afterTheLastTryItIsDeadUntilAnOperatorRequeuesIt() {
    Gateway gateway = new Gateway(3);
    Desk desk = desk(NotificationDelivery.builder().notifier(gateway).maxAttempts(3).firstPause(Duration.ofMinutes(1))
        .longestPause(Duration.ofMinutes(1)).build());
    for (int i = 0; i < 3; i++) {
      desk.deliverNotifications();
      clock.advance(Duration.ofMinutes(1));
    }
    List<OutboxEntry> dead = desk.deadLetters(Fixtures.SUPERVISOR, 10);
    assertEquals(1, dead.size());
    assertEquals("sms-gateway failed: IllegalStateException: 503 from the gateway", dead.get(0).lastError());
    assertThrows(AccessDeniedException.class, () -> desk.deadLetters(Fixtures.HOSPITAL_REQUESTER, 10));
    assertEquals(new DeliveryReport(0, 0, 0), desk.deliverNotifications(), "the dead are not tried");

    assertTrue(desk.requeue(Fixtures.SUPERVISOR, dead.get(0).key()));
    assertEquals(new DeliveryReport(1, 0, 0), desk.deliverNotifications(), "the gateway works again");
    assertEquals(List.of(), desk.deadLetters(Fixtures.SUPERVISOR, 10));
  }

  @Test
  void aHangingNotifierCostsATryNotTheRoundAndNoNotifierMeansDead() {
    CountDownLatch never = new CountDownLatch(1);
    Notifier hangs = new Notifier() {
      @Override public String name() { return "hangs"; }
      @Override public boolean accepts(OutboxEntry entry) { return true; }
      @Override public Duration timeBudget() { return Duration.ofMillis(50); }
      @Override public void deliver(OutboxEntry entry, Message message) throws InterruptedException { never.await(); }
    };
    Desk desk = desk(NotificationDelivery.builder().notifier(hangs).build());
    assertEquals(new DeliveryReport(0, 1, 0), desk.deliverNotifications());
    assertEquals("hangs ran over its budget of 50 ms",
        store.claim(clock.instant().plus(Duration.ofMinutes(1)), Duration.ofMinutes(1), 1).get(0).lastError());

    InMemoryTicketStore other = new InMemoryTicketStore();
    Desk nobody = Desk.builder().clock(clock).store(other).directory(Fixtures.directory())
        .escalationRules(EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
            .notify(Recipient.group("emr-l1"), EscalationAction.Delivery.AT_ONCE).build()).build())
        .serviceDirectory(RoutingTest.staff(0)).build();
    nobody.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    assertEquals(new DeliveryReport(0, 0, 1), nobody.deliverNotifications());
    assertEquals("no notifier accepts GROUP emr-l1", nobody.deadLetters(Fixtures.SUPERVISOR, 1).get(0).lastError());
  }

  @Test
  void thePausesDoubleUpToTheLongest() {
    NotificationDelivery d = NotificationDelivery.builder().firstPause(Duration.ofMinutes(1))
        .longestPause(Duration.ofMinutes(10)).build();
    List<Duration> pauses = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      pauses.add(d.pauseAfter(n));
    }
    assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L), pauses.stream().map(Duration::toMinutes).toList());
    assertThrows(IllegalArgumentException.class, () -> NotificationDelivery.builder().maxAttempts(0).build());
  }
}
