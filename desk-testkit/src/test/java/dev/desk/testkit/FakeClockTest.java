package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class FakeClockTest {

  @Test
  void standsStillUntilMovedAndZonedCopiesMoveTogether() {
    FakeClock clock = FakeClock.at("2025-10-31T16:50:00+03:00");
    FakeClock moscow = clock.withZone(ZoneId.of("Europe/Moscow"));

    assertEquals(Instant.parse("2025-10-31T13:50:00Z"), clock.instant());
    clock.advance(Duration.ofHours(3));
    assertEquals(Instant.parse("2025-10-31T16:50:00Z"), moscow.instant());
    assertEquals(ZoneId.of("Europe/Moscow"), moscow.getZone());
    clock.set(Instant.EPOCH);
    assertEquals(0, moscow.millis());
    assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
  }
}
