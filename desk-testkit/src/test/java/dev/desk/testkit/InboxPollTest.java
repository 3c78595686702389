package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.channel.Inbox;
import dev.desk.core.plugin.PluginHealth;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.channel.InboundMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A channel that throws or hangs costs a poll, is counted, and is polled again. */
final class InboxPollTest {

  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00"))
      .store(new InMemoryTicketStore()).directory(Fixtures.directory()).build();
  private final Inbox inbox = Inbox.builder(desk, Fixtures.directory()).category(Fixtures.EMR.id()).build();

  @Test
  void aBrokenOrHangingChannelIsCountedAndNeverBlocksTheInbox() {
    CountDownLatch never = new CountDownLatch(1);
    InboundChannel broken = new InboundChannel() {
      @Override public String name() { return "imap-down"; }
      @Override public List<InboundMessage> poll() { throw new IllegalStateException("connection refused"); }
    };
    InboundChannel hanging = new InboundChannel() {
      @Override public String name() { return "slow"; }
      @Override public Duration timeBudget() { return Duration.ofMillis(50); }
      @Override public List<InboundMessage> poll() {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return List.of();
      }
    };
    assertEquals(0, inbox.poll(broken));
    assertEquals(0, inbox.poll(hanging));
    assertEquals(0, inbox.poll(broken));
    List<PluginHealth> health = inbox.health().stream().sorted((a, b) -> a.plugin().compareTo(b.plugin())).toList();
    assertEquals(List.of(new PluginHealth("imap-down", 2, 2, 0, "imap-down poll failed: IllegalStateException: "
        + "connection refused"), new PluginHealth("slow", 1, 0, 1, "slow poll ran over its budget of 50 ms")), health);
  }
}
