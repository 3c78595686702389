package dev.desk.spi.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A timer's kind is namespace.name in lower case; the hand-written check says exactly what the grammar says. */
final class TimerTest {

  private static final Pattern GRAMMAR = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  @Test
  void theCheckAcceptsExactlyTheKindsOfTheGrammar() {
    // an alphabet of the characters the grammar treats differently, so that near misses are common
    qt().withExamples(20_000).forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 12)
            .map(s -> s.replaceAll("[^a-z0-9.\\-A_]", ".")))
        .checkAssert(kind -> assertEquals(GRAMMAR.matcher(kind).matches() && kind.length() <= 64, accepts(kind), kind));
  }

  @Test
  void kindsAFeatureWouldName() {
    assertDoesNotThrow(() -> new Timer("sla.clocks", Instant.EPOCH));
    assertDoesNotThrow(() -> new Timer("claims.legal-deadline-2", Instant.EPOCH));
    for (String bad : new String[] {"sla", "sla.", ".sla", "sla..clocks", "Sla.clocks", "sla.9clocks", "sla.clocks ",
        "sla.clock_s", "a." + "b".repeat(63)}) {
      assertThrows(IllegalArgumentException.class, () -> new Timer(bad, Instant.EPOCH), bad);
    }
  }

  private static boolean accepts(String kind) {
    try {
      new Timer(kind, Instant.EPOCH);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
