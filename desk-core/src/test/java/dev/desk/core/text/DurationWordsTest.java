package dev.desk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations read as words, never as ISO codes, in English and Russian. */
final class DurationWordsTest {

  @Test
  void examplesAPersonReads() {
    assertEquals("2 h 4 min", DurationWords.english().format(Duration.ofMinutes(124)));
    assertEquals("2 ч 4 мин", DurationWords.of("ru").format(Duration.ofMinutes(124)));
    assertEquals("16 h", DurationWords.english().format(Duration.ofHours(16)));
    assertEquals("52 min", DurationWords.english().format(Duration.ofMinutes(52)));
    assertEquals("45 s", DurationWords.english().format(Duration.ofSeconds(45)));
    assertEquals("0 с", DurationWords.of("ru").format(Duration.ZERO));
    assertEquals("-10 min", DurationWords.english().format(Duration.ofMinutes(-10)));
    assertEquals("30 h", DurationWords.english().format(Duration.ofHours(30)), "working time has no days");
  }

  @Test
  void theWordsSayTheWholeHoursAndMinutesAndNoIsoCode() {
    qt().forAll(longs().between(60, 10L * 365 * 24 * 3600)).checkAssert(seconds -> {
      Duration d = Duration.ofSeconds(seconds);
      String words = DurationWords.english().format(d);
      long h = words.contains(" h") ? Long.parseLong(words.substring(0, words.indexOf(" h"))) : 0;
      String rest = words.contains(" h") ? words.substring(words.indexOf(" h") + 2).strip() : words;
      long m = rest.endsWith(" min") ? Long.parseLong(rest.substring(0, rest.length() - 4)) : 0;
      assertEquals(d.toMinutes(), h * 60 + m, words);
      assertFalse(words.contains("PT"), words);
    });
  }
}
