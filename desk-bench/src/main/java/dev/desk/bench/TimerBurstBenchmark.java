package dev.desk.bench;

import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Draining a burst of due timers on H2 (file) and PostgreSQL, with one or several sweepers.
 * Its own class: invocation-level set-up on a shared state would slow every other benchmark
 * of the class.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class TimerBurstBenchmark extends DatabaseState {

  /** Due tickets in a burst. */
  @Param({"2000", "10000"})
  public int burst;

  /** Sweepers draining the burst together; rows are claimed with SKIP LOCKED, so they do not collide. */
  @Param({"1", "4"})
  public int sweepers;

  /** Registers the burst before each measurement: emergencies whose response timers all fall due together. */
  @Setup(Level.Invocation)
  public void prepareBurst() {
    clock.advance(Duration.ofDays(1));
    while (desk.runDueTimers(1000) > 0) {
      // earlier bursts' later timers: fired here, outside the measurement
    }
    for (int i = 0; i < burst; i++) {
      desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build());
    }
    clock.advance(Duration.ofMinutes(8)); // every response 50 % timer is due: one event per ticket
  }

  /**
   * Fires a burst of {@link #burst} due timers (one event each) and returns how many fired: the
   * time to drain it. Tickets are claimed 200 at a time; each batch is one transaction.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public int drainBurst() throws Exception {
    if (sweepers == 1) {
      return drain();
    }
    ExecutorService pool = Executors.newFixedThreadPool(sweepers);
    try {
      List<Future<Integer>> parts = new ArrayList<>();
      for (int i = 0; i < sweepers; i++) {
        parts.add(pool.submit(this::drain));
      }
      int fired = 0;
      for (Future<Integer> part : parts) {
        fired += part.get();
      }
      return fired;
    } finally {
      pool.shutdown();
    }
  }

  private int drain() {
    int fired = 0;
    int n;
    while ((n = desk.runDueTimers(100)) > 0) {
      fired += n;
    }
    return fired;
  }
}
