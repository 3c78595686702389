package dev.desk.jdbc.internal;

import dev.desk.spi.journal.JournalEvent;

/** A row of {@code desk_journal}. */
public final class JournalRow {
  private final String ticketId;
  private final long seq;
  private final long occurredAt;
  private final String kind;
  private final String event;

  /** The row of an event. */
  public JournalRow(JournalEvent e, String json) {
    this.ticketId = e.ticketId().toString();
    this.seq = e.sequence();
    this.occurredAt = TicketRow.nanos(e.occurredAt());
    this.kind = e.kind();
    this.event = json;
  }

  public String getTicketId() { return ticketId; }
  public long getSeq() { return seq; }
  public long getOccurredAt() { return occurredAt; }
  public String getKind() { return kind; }
  public String getEvent() { return event; }
}
