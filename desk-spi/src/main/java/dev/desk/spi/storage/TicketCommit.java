package dev.desk.spi.storage;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What one command writes: its journal events and the snapshot they lead to, expected to apply
 * on top of {@code expectedVersion}. The events are numbered {@code expectedVersion + 1} up to
 * {@code snapshot.version()}.
 *
 * @param snapshot the ticket after the events
 * @param expectedVersion the version the command read; 0 for a new ticket
 * @param events the new journal events, in order, at least one
 */
public record TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events) {

  /** Checks that the events belong to the snapshot and are numbered without gaps. */
  public TicketCommit {
    Objects.requireNonNull(snapshot, "snapshot");
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a commit needs at least one journal event");
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
    }
    long sequence = expectedVersion;
    for (JournalEvent event : events) {
      if (!event.ticketId().equals(snapshot.id())) {
        throw new IllegalArgumentException("event of ticket " + event.ticketId()
            + " in a commit of ticket " + snapshot.id());
      }
      if (event.sequence() != ++sequence) {
        throw new IllegalArgumentException("journal sequence " + event.sequence()
            + " where " + sequence + " was due");
      }
    }
    if (snapshot.version() != sequence) {
      throw new IllegalArgumentException("snapshot version " + snapshot.version()
          + " does not match the last event's sequence " + sequence);
    }
  }

  /** Whether this commit creates the ticket. */
  public boolean createsTicket() {
    return expectedVersion == 0;
  }
}
