package dev.desk.core.internal;

import dev.desk.spi.ticket.TicketId;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered ticket ids: UUID version 7 (RFC 9562), the millisecond of the desk's clock then
 * a 12-bit counter, then 62 random bits. Ids made later sort later, so a database appends new
 * tickets, journal rows and outbox rows at the right edge of its indexes instead of rewriting a
 * random page for each. The millisecond and counter together never go back: within one
 * millisecond, or when the clock stands still or steps back, they count on (RFC 9562 6.2
 * allows the time field to run ahead).
 */
public final class TicketIds {

  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT = 0x8000_0000_0000_0000L;

  private final Clock clock;
  /** The last millisecond (upper 48 bits) and counter (lower 12 bits) handed out. */
  private final AtomicLong last = new AtomicLong();

  public TicketIds(Clock clock) {
    this.clock = clock;
  }

  /** A fresh id, later in order than every id this instance made before. */
  public TicketId next() {
    long now = clock.millis() << 12;
    long stamp = last.accumulateAndGet(now, (previous, at) -> Math.max(previous + 1, at));
    long high = ((stamp >>> 12) << 16) | VERSION_7 | (stamp & 0xFFF);
    long low = (ThreadLocalRandom.current().nextLong() >>> 2) | VARIANT;
    return new TicketId(new UUID(high, low));
  }
}
