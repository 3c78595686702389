package dev.desk.spi.journal;

import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;

/** Journal events for the SDK's own tests. */
final class JournalEventFixture {

  JournalEvent statusChanged() {
    return new JournalEvent(TicketId.random(), 2, Instant.parse("2026-03-02T06:00:00Z"), "petrov", ActorRole.AGENT,
        null, new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"));
  }
}
