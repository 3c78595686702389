package dev.desk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.desk.spi.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticket ids sort in the order they were made, whatever the clock does. */
final class TicketIdsProperties {

  /** A clock that reads the given milliseconds in turn (forwards, backwards or standing). */
  private static Clock reading(List<Long> millis) {
    return new Clock() {
      private int next;
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return Instant.ofEpochMilli(millis.get(next++ % millis.size())); }
    };
  }

  @Test
  void idsMadeLaterSortLaterAsTextAndAreVersion7() {
    // two years of milliseconds around now, in any order and with repeats (a standing or stepping clock)
    long now = 1_795_000_000_000L;
    qt().withExamples(300).forAll(lists().of(longs().between(now - 31_536_000_000L, now + 31_536_000_000L))
        .ofSizeBetween(1, 200)).checkAssert(millis -> {
          TicketIds ids = new TicketIds(reading(millis));
          TicketId previous = ids.next();
          for (int i = 1; i < millis.size() + 5000; i++) {
            TicketId id = ids.next();
            assertTrue(previous.toString().compareTo(id.toString()) < 0, previous + " then " + id);
            assertEquals(7, id.value().version());
            assertEquals(2, id.value().variant());
            previous = id;
          }
        });
  }

  @Test
  void theIdCarriesTheClocksMillisecond() {
    Instant at = Instant.parse("2026-03-16T06:00:00.123Z");
    TicketId id = new TicketIds(Clock.fixed(at, ZoneOffset.UTC)).next();
    assertEquals(at.toEpochMilli(), id.value().getMostSignificantBits() >>> 16);
  }
}
