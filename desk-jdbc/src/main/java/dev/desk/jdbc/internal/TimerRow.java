package dev.desk.jdbc.internal;

import dev.desk.spi.storage.Timer;
import java.time.Instant;

/** A row of {@code desk_timer}. */
public final class TimerRow {
  public String ticketId;
  public String kind;
  public long dueAt;

  /** For MyBatis. */
  public TimerRow() {}

  /** The row of a ticket's timer. */
  public TimerRow(String ticketId, Timer timer) {
    this.ticketId = ticketId;
    this.kind = timer.kind();
    this.dueAt = TicketRow.nanos(timer.dueAt());
  }

  /** The timer this row keeps. */
  public Timer timer() {
    return new Timer(kind, Instant.ofEpochSecond(Math.floorDiv(dueAt, 1_000_000_000L), Math.floorMod(dueAt, 1_000_000_000L)));
  }
}
