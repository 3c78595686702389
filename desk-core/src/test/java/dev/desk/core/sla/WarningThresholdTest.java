package dev.desk.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A percentage rung fires at that share of the target, rounded down to the nanosecond. */
final class WarningThresholdTest {

  @Test
  void aPercentageOfTheTargetIsExactlyWhatDurationArithmeticSays() {
    // targets from a nanosecond to ten years, any nanosecond part
    qt().forAll(longs().between(0, 10L * 366 * 24 * 3600), integers().between(0, 999_999_999), integers().between(1, 99))
        .checkAssert((seconds, nanos, percent) -> {
          Duration target = Duration.ofSeconds(seconds, nanos);
          assertEquals(target.multipliedBy(percent).dividedBy(100), WarningThreshold.percent(percent).at(target),
              () -> percent + "% of " + target);
        });
  }

  @Test
  void examplesAReaderChecksByEye() {
    assertEquals(Duration.ofMinutes(60), WarningThreshold.percent(50).at(Duration.ofHours(2)));
    assertEquals(Duration.ofMinutes(90), WarningThreshold.percent(75).at(Duration.ofHours(2)));
    assertEquals(Duration.ofNanos(1), WarningThreshold.percent(50).at(Duration.ofNanos(3)));
    assertEquals(Duration.ofHours(2).minusMinutes(10),
        WarningThreshold.before(Duration.ofMinutes(10)).at(Duration.ofHours(2)));
  }
}
