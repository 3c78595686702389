package dev.desk.spi.storage;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What one intent writes, all or nothing: its journal events, the snapshot they lead to (expected
 * to apply on top of {@code expectedVersion}), the notifications they plan and the messages they
 * answer. The events are numbered {@code expectedVersion + 1} up to {@code snapshot.version()}.
 *
 * <p>A store keeps exactly these parts and never looks into the events to find more: desk has
 * already said what each event means for the outbox and the inbound log.
 *
 * @param snapshot the ticket after the events
 * @param expectedVersion the version the command read; 0 for a new ticket
 * @param events the new journal events, in order, at least one
 * @param outbox the notifications to enter into the outbox ({@link OutboxStore}) with the events
 * @param inbound the messages to record in the inbound log ({@link InboundLog}); a key seen before
 *     fails the whole commit as stale
 */
public record TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events,
    List<OutboxEntry> outbox, List<InboundKey> inbound) {

  /** A commit of events and their snapshot alone: no notification, no message. */
  public TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events) {
    this(snapshot, expectedVersion, events, List.of(), List.of());
  }

  /** Checks that the events belong to the snapshot and are numbered without gaps. */
  public TicketCommit {
    Objects.requireNonNull(snapshot, "snapshot");
    events = List.copyOf(events);
    outbox = List.copyOf(outbox);
    inbound = List.copyOf(inbound);
    for (OutboxEntry entry : outbox) {
      if (!entry.ticketId().equals(snapshot.id())) {
        throw new IllegalArgumentException("outbox entry " + entry.key() + " in a commit of ticket " + snapshot.id());
      }
    }
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
