package dev.desk.spi.journal;

import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a ticket's journal.
 *
 * @param ticketId the ticket
 * @param sequence its place in the ticket's journal, from 1; equals the ticket's version right
 *     after this event
 * @param occurredAt when, from desk's clock
 * @param actorId who (an {@link dev.desk.spi.ticket.Actor#id()})
 * @param actorRole in which role
 * @param reason why, in the actor's words; {@code null} when none was given
 * @param change what changed
 */
public record JournalEvent(
    TicketId ticketId,
    long sequence,
    Instant occurredAt,
    String actorId,
    ActorRole actorRole,
    String reason,
    TicketChange change) {

  /** Rejects missing parts and sequences below 1. */
  public JournalEvent {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(change, "change");
    if (sequence < 1) {
      throw new IllegalArgumentException("journal sequences start at 1: " + sequence);
    }
  }

  /** The stable name of the change's kind ({@code "ticket.status-changed"}), as stores keep it. */
  public String kind() {
    return EventKinds.name(change);
  }
}
