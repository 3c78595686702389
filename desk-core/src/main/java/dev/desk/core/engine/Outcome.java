package dev.desk.core.engine;

import dev.desk.core.lifecycle.Transition;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;

/**
 * What the engine decided for one intent.
 *
 * @param before the ticket before ({@code null} for a registration)
 * @param after the ticket after every event
 * @param events the journal events, numbered after {@code before}; empty when nothing changed
 * @param transitions the lifecycle transitions taken, in order, for the hooks to run after the commit
 * @param outbox the notifications the events plan
 * @param inbound the messages the events answer
 * @param timers the ticket's timers to set
 * @param cancelledTimers the kinds of the ticket's timers to remove
 * @param counters the counters the intent moves
 */
public record Outcome(TicketSnapshot before, TicketSnapshot after, List<JournalEvent> events,
    List<Transition> transitions, List<OutboxEntry> outbox, List<InboundKey> inbound, List<Timer> timers,
    List<String> cancelledTimers, List<CounterChange> counters) {

  /** Copies the lists. */
  public Outcome {
    events = List.copyOf(events);
    transitions = List.copyOf(transitions);
    outbox = List.copyOf(outbox);
    inbound = List.copyOf(inbound);
    timers = List.copyOf(timers);
    cancelledTimers = List.copyOf(cancelledTimers);
    counters = List.copyOf(counters);
  }

  /** Whether the intent changed anything: the journal, or only the ticket's timers. */
  public boolean changed() {
    return !events.isEmpty() || !timers.isEmpty() || !cancelledTimers.isEmpty();
  }

  /** The one commit that writes it all. */
  public TicketCommit commit() {
    return new TicketCommit(after, before == null ? 0 : before.version(), events, outbox, inbound, timers,
        cancelledTimers, counters);
  }
}
