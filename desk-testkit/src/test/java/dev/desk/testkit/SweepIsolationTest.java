package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.engine.Feature;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket whose timers fail to fire (a feature throws on it) holds back no other ticket of the
 * sweep: the others fire, and its timers stay due for the next sweep. The store's side (a commit
 * the database refuses) is in {@link TicketStoreContract}, for every store.
 */
final class SweepIsolationTest {

  /** A feature with a bug that shows on one ticket only. */
  private static final Feature FAILS_ON_ONE = new Feature() {
    @Override
    public String name() {
      return "fails-on-one";
    }

    @Override
    public List<TicketChange> due(TicketSnapshot ticket, List<Timer> due, Instant now) {
      if (ticket.subject().contains("ломает")) {
        throw new IllegalStateException("a bug that shows on this ticket only");
      }
      return List.of();
    }
  };

  @Test
  void aTicketThatFailsItsTimersHoldsBackNoOther() {
    FakeClock clock = FakeClock.at("2026-03-02T09:00:00+03:00");
    InMemoryTicketStore store = new InMemoryTicketStore();
    Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).feature(FAILS_ON_ONE).build();
    TicketSnapshot first = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    TicketSnapshot broken = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket()
        .subject("Этот тикет ломает обработку таймеров").build());
    TicketSnapshot last = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofDays(3));

    assertTrue(desk.runDueTimers() > 0);
    for (int sweep = 0; sweep < 10 && desk.runDueTimers() > 0; sweep++) {
      // what the first sweep set due at once
    }

    for (TicketSnapshot fired : List.of(first, last)) {
      assertTrue(store.journal(fired.id()).stream().map(JournalEvent::change)
          .anyMatch(c -> c instanceof TicketChange.ClockBreached), fired.number() + " breached as due");
    }
    assertEquals(broken.version(), store.find(broken.id()).orElseThrow().version(), "nothing of the failed tick");
    assertEquals(List.of(broken.id()), store.dueTickets(clock.instant(), 10), "its timers stay due");
  }
}
