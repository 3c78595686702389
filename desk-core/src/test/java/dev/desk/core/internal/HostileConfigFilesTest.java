package dev.desk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.desk.core.calendar.CalendarFiles;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.core.escalation.EscalationRulesFile;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every configuration reader (calendars, urgency rules, escalation rules, the service directory)
 * refuses a hostile file at once, naming the limit and the line: an alias bomb under the alias
 * count, a file of hundreds of megabytes, a line of a megabyte, nesting a thousand deep.
 */
final class HostileConfigFilesTest {

  private record Named(String name, BiFunction<Reader, String, ?> read) {}

  private static final List<Named> READERS = List.of(
      new Named("calendar", CalendarFiles::read),
      new Named("urgency rules", UrgencyRules::read),
      new Named("escalation rules", (in, source) -> EscalationRulesFile.read(in, source, null)),
      new Named("service directory", ServiceDirectory::read));

  /** Anchors of {@code width} items, each list {@code width} aliases of the one before, {@code levels} deep. */
  static String aliasBomb(int levels, int width) {
    StringBuilder y = new StringBuilder("a0: &a0 [").append("\"x\", ".repeat(width - 1)).append("\"x\"]\n");
    for (int i = 1; i <= levels; i++) {
      y.append('a').append(i).append(": &a").append(i).append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(width - 1)).append("*a").append(i - 1).append("]\n");
    }
    return y.toString();
  }

  /** A reader of {@code megabytes} of well-formed YAML, made as it is read: nothing of it is held. */
  static Reader huge(int megabytes) {
    return new Reader() {
      private long left = (long) megabytes << 20;
      private int at;
      private final char[] line = "key: value\n".toCharArray();

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = line[at++ % line.length];
        }
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static DeskException refusedQuickly(Named reader, Reader in) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(DeskException.class,
        () -> reader.read().apply(in, "hostile.yaml")), reader.name());
  }

  @Test
  void anAliasBombUnderTheAliasCountIsRefusedByItsExpandedSize() {
    // under 50 aliases each (levels x width), but hundreds of thousands to millions of values expanded
    List<int[]> bombs = List.of(new int[] {6, 6}, new int[] {6, 7}, new int[] {6, 8}, new int[] {5, 9},
        new int[] {7, 6}, new int[] {8, 6}, new int[] {4, 12});
    qt().withExamples(28).forAll(Generate.pick(READERS), Generate.pick(bombs))
        .checkAssert((reader, bomb) -> {
          DeskException e = refusedQuickly(reader, new StringReader(aliasBomb(bomb[0], bomb[1])));
          assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
          assertTrue(e.getMessage().matches("hostile\\.yaml line \\d+: its aliases make more than 200000 values.*"),
              reader.name() + ": " + e.getMessage());
        });
  }

  @Test
  void hundredsOfMegabytesAreRefusedAtTheLimitNotReadWhole() {
    for (Named reader : READERS) {
      DeskException e = refusedQuickly(reader, huge(400));
      assertTrue(e.getMessage().matches("hostile\\.yaml line \\d+: a configuration file is at most 4096 KiB"),
          reader.name() + ": " + e.getMessage());
    }
  }

  @Test
  void aMegabyteLineAndNestingAThousandDeepAreRefusedNamingTheLine() {
    for (Named reader : READERS) {
      DeskException line = refusedQuickly(reader, new StringReader("id: x\nzone: " + "z".repeat(1 << 20) + "\n"));
      assertEquals("hostile.yaml line 2: a line is at most 65536 characters long", line.getMessage(), reader.name());
      DeskException deep = refusedQuickly(reader, new StringReader("a: " + "[".repeat(1000) + "]".repeat(1000)));
      assertTrue(deep.getMessage().contains("nest deeper than 40"), reader.name() + ": " + deep.getMessage());
    }
  }

  @Test
  void theBoundIsWhatStopsABombBeforeAnythingWalksIt() {
    // 48 aliases and 6^9 values: composing takes it (an alias is a shared node); walking it would not end
    DeskException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(DeskException.class, () -> ConfigFiles.requireBounded(aliasBomb(8, 6), "bomb.yaml")));
    assertTrue(e.getMessage().matches("bomb\\.yaml line \\d+: its aliases make more than 200000 values.*"),
        e.getMessage());
    ConfigFiles.requireBounded(aliasBomb(3, 6), "small.yaml"); // 1,555 values: fine
  }
}
