package dev.desk.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class TicketNumberFormatTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private final TicketNumberFormat vlg = TicketNumberFormat.of("VLG-{yyyy}-{seq:6}", MOSCOW);

  @Test
  void formatsTheContactCentreExample() {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    assertEquals("VLG-2026-000123", vlg.format(at, 123));
    assertEquals("VLG-2026-", vlg.series(at));
    assertEquals("VLG-2026-1234567", vlg.format(at, 1_234_567), "outgrows its digits, never truncates");
  }

  @Test
  void theYearIsTakenInTheFormatsZone() {
    Instant newYearInMoscow = Instant.parse("2025-12-31T21:30:00Z");
    assertEquals("VLG-2026-", vlg.series(newYearInMoscow));
    assertEquals("VLG-2025-", TicketNumberFormat.of("VLG-{yyyy}-{seq:6}", ZoneId.of("UTC")).series(newYearInMoscow));
  }

  @Test
  void monthlySeries() {
    TicketNumberFormat monthly = TicketNumberFormat.of("SD{yy}{MM}/{seq:4}", MOSCOW);
    assertEquals("SD2603/0042", monthly.format(Instant.parse("2026-03-01T10:00:00Z"), 42));
  }

  @Test
  void badPatternsAreRefusedWithTheReason() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TicketNumberFormat.of("VLG-{yyyy}", MOSCOW))
        .getMessage().contains("needs a {seq}"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TicketNumberFormat.of("{seq}{seq}", MOSCOW))
        .getMessage().contains("two {seq}"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TicketNumberFormat.of("{dd}-{seq}", MOSCOW))
        .getMessage().contains("unknown placeholder {dd}"));
    assertThrows(IllegalArgumentException.class, () -> TicketNumberFormat.of("A {seq}", MOSCOW));
    assertThrows(IllegalArgumentException.class, () -> TicketNumberFormat.of("{seq:0}", MOSCOW));
    assertThrows(IllegalArgumentException.class, () -> vlg.format(Instant.EPOCH, 0));
  }

  @Test
  void distinctCountersGiveDistinctNumbersWithinASeries() {
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    qt().forAll(longs().between(1, Long.MAX_VALUE / 2), longs().between(1, Long.MAX_VALUE / 2))
        .assuming((a, b) -> !a.equals(b))
        .check((a, b) -> !vlg.format(at, a).equals(vlg.format(at, b))
            && vlg.format(at, a).startsWith(vlg.series(at)));
  }
}
