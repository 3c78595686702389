package dev.desk.bench;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.Calendars;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-time arithmetic on {@code ru-contact-centre}, single thread, random start instants in
 * 2015-2026. Targets: at least 2,000,000 adds per second for spans up to 30 working days, a
 * 365-day span costing at most twice a 1-day span, at most 64 bytes allocated per operation
 * (run with {@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class CalendarBenchmark {

  private static final int SAMPLES = 4096;

  /** The span added, in working days of the calendar (8 h 42 min). */
  @Param({"1", "30", "365"})
  public int workingDays;

  private BusinessCalendar calendar;
  private final Instant[] starts = new Instant[SAMPLES];
  private final Instant[] ends = new Instant[SAMPLES];
  private Duration span;
  private int next;

  /** Random starts in 2015-2026 and the ends of their spans. */
  @Setup
  public void setUp() {
    calendar = Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow();
    span = Duration.ofMinutes(522L * workingDays);
    SplittableRandom random = new SplittableRandom(2026);
    long from = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2025-12-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < SAMPLES; i++) {
      starts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
      ends[i] = starts[i].plus(Duration.ofDays(random.nextInt(1, 400)));
    }
  }

  /** add(t, d). */
  @Benchmark
  public Instant add() {
    next = (next + 1) & (SAMPLES - 1);
    return calendar.add(starts[next], span);
  }

  /** between(a, b). */
  @Benchmark
  public Duration between() {
    next = (next + 1) & (SAMPLES - 1);
    return calendar.between(starts[next], ends[next]);
  }
}
