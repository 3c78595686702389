package dev.desk.spi.storage;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one intent writes, all or nothing: its journal events, the snapshot they lead to (expected
 * to apply on top of {@code expectedVersion}), the notifications they plan, the messages they
 * answer and the ticket's timers that change. The events are numbered {@code expectedVersion + 1}
 * up to {@code snapshot.version()}. A commit without events changes only timers (a timer that
 * fired and found nothing to do); its snapshot is the stored one, version and all.
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
 * @param timers the ticket's timers to set, each replacing the ticket's timer of its kind
 * @param cancelledTimers the kinds of the ticket's timers to remove
 * @param counters the counters the commit moves, all or none (see {@link CounterChange#ceiling()})
 */
public record TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events,
    List<OutboxEntry> outbox, List<InboundKey> inbound, List<Timer> timers, List<String> cancelledTimers,
    List<CounterChange> counters) {

  /** A commit of events and their snapshot alone: no notification, no message, no timer, no counter. */
  public TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events) {
    this(snapshot, expectedVersion, events, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A commit without timers and counters. */
  public TicketCommit(TicketSnapshot snapshot, long expectedVersion, List<JournalEvent> events,
      List<OutboxEntry> outbox, List<InboundKey> inbound) {
    this(snapshot, expectedVersion, events, outbox, inbound, List.of(), List.of(), List.of());
  }

  /** Checks that the events belong to the snapshot and are numbered without gaps. */
  public TicketCommit {
    Objects.requireNonNull(snapshot, "snapshot");
    events = List.copyOf(events);
    outbox = List.copyOf(outbox);
    inbound = List.copyOf(inbound);
    timers = List.copyOf(timers);
    cancelledTimers = List.copyOf(cancelledTimers);
    // one change per counter, in name order: two commits moving the same counters lock them in one order
    counters = counters.size() < 2 ? List.copyOf(counters)
        : counters.stream().sorted(Comparator.comparing(CounterChange::name)).toList();
    for (int i = 1; i < counters.size(); i++) {
      if (counters.get(i).name().equals(counters.get(i - 1).name())) {
        throw new IllegalArgumentException("two changes of the counter " + counters.get(i).name() + " in one commit");
      }
    }
    if (timers.size() + cancelledTimers.size() > 1) {
      Set<String> kinds = new HashSet<>();
      for (Timer timer : timers) {
        if (!kinds.add(timer.kind())) {
          throw new IllegalArgumentException("two timers of kind " + timer.kind() + " in one commit");
        }
      }
      for (String kind : cancelledTimers) {
        if (!kinds.add(kind)) {
          throw new IllegalArgumentException("the timer " + kind + " is both set and cancelled, or cancelled twice");
        }
      }
    }
    for (OutboxEntry entry : outbox) {
      if (!entry.ticketId().equals(snapshot.id())) {
        throw new IllegalArgumentException("outbox entry " + entry.key() + " in a commit of ticket " + snapshot.id());
      }
    }
    if (events.isEmpty() && (expectedVersion == 0 || timers.isEmpty() && cancelledTimers.isEmpty())) {
      throw new IllegalArgumentException("a commit needs a journal event, or a timer of a stored ticket to change");
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
