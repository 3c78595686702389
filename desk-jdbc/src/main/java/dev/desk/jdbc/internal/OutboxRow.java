package dev.desk.jdbc.internal;

import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;

/** A row of {@code desk_outbox}. */
public final class OutboxRow {
  public String entryKey;
  public String ticketId;
  public String ticketNumber;
  public String notification;
  public String state;
  public int attempts;
  public Long nextAttemptAt;
  public String lastError;
  public Long deliveredAt;

  /** For MyBatis. */
  public OutboxRow() {}

  /** The row of a new entry. */
  public OutboxRow(OutboxEntry e, String notificationJson) {
    entryKey = e.key();
    ticketId = e.ticketId().toString();
    ticketNumber = e.ticketNumber();
    notification = notificationJson;
    state = e.state().name();
    attempts = e.attempts();
    nextAttemptAt = e.nextAttemptAt() == null ? null : TicketRow.nanos(e.nextAttemptAt());
  }

  /** The entry of the row. */
  public OutboxEntry entry(JsonCodec codec) {
    return new OutboxEntry(entryKey, TicketId.parse(ticketId), ticketNumber,
        (TicketChange.NotificationPlanned) codec.change(notification), OutboxEntry.State.valueOf(state), attempts,
        instant(nextAttemptAt), lastError, instant(deliveredAt));
  }

  private static Instant instant(Long nanos) {
    return nanos == null ? null : Instant.ofEpochSecond(0, nanos);
  }
}
