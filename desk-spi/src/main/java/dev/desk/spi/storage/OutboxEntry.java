package dev.desk.spi.storage;

import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A notification waiting in the outbox, or delivered, or given up on. desk makes one for every
 * {@link TicketChange.NotificationPlanned} event and hands it to the store in the same commit.
 *
 * @param key the idempotency key, {@code ticketId:sequence} of the planning event (the sequence
 *     zero-padded to ten digits): a receiver drops a key it has seen
 * @param ticketId the ticket
 * @param ticketNumber the ticket's number
 * @param notification what was planned
 * @param state where it stands
 * @param attempts how many deliveries were tried
 * @param nextAttemptAt when it may be tried next; {@code null} once delivered or dead
 * @param lastError what the last failed try said, or {@code null}
 * @param deliveredAt when it was delivered, or {@code null}
 */
public record OutboxEntry(String key, TicketId ticketId, String ticketNumber,
    TicketChange.NotificationPlanned notification, State state, int attempts, Instant nextAttemptAt,
    String lastError, Instant deliveredAt) {

  /** Where an entry stands. */
  public enum State {
    /** Waiting for its next try. */
    PENDING,
    /** Delivered. */
    DELIVERED,
    /** Given up on after too many tries: in the dead-letter list until an operator re-queues it. */
    DEAD
  }

  /** Rejects missing parts. */
  public OutboxEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(ticketNumber, "ticketNumber");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(state, "state");
  }

  /** The entry a planning event makes: pending, due at its delivery instant. */
  public static OutboxEntry planned(TicketId ticketId, String ticketNumber, long sequence,
      TicketChange.NotificationPlanned notification) {
    // the sequence zero-padded, so that a ticket's notices sort, and go out, in the order they were planned
    return new OutboxEntry(ticketId + ":" + String.format("%010d", sequence), ticketId, ticketNumber, notification,
        State.PENDING, 0,
        notification.deliverAt(), null, null);
  }
}
