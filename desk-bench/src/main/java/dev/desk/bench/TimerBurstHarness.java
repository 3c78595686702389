package dev.desk.bench;

import static dev.desk.bench.Harnesses.jiffies;
import static dev.desk.bench.Harnesses.jvmCpuNanos;
import static dev.desk.bench.Harnesses.print;
import static dev.desk.bench.Harnesses.seconds;
import static dev.desk.bench.Harnesses.spread;
import static dev.desk.bench.Harnesses.untilCompiled;

import dev.desk.core.Desk;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * How late the timers of a burst fire: {@code -Dtimers=10000} emergencies whose response
 * warnings all fall due at one instant, drained by {@code -Dsweepers=4} threads each calling
 * {@link Desk#runDueTimers(int)} with {@code -Dbatch=1000} (what desk's runner asks for) until
 * nothing is due, as four nodes' runners would. A timer's lateness is the wall-clock time from
 * the start of the drain to the commit that fired it; the figures are its median, 99th
 * percentile and maximum over the burst, with the machine's busy CPU time per timer and the share
 * of time the host stole. It warms up with smaller bursts until the JIT compiler is steady.
 * {@code -Ddb=h2|postgresql -Drounds=3}:
 * {@code java -cp desk-bench/target/benchmarks.jar dev.desk.bench.TimerBurstHarness}.
 */
public final class TimerBurstHarness {

  private static final String DB = System.getProperty("db", "h2");
  private static final int TIMERS = Integer.getInteger("timers", 10_000);
  private static final int SWEEPERS = Integer.getInteger("sweepers", 4);
  private static final int BATCH = Integer.getInteger("batch", Desk.SWEEP_BATCH);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private TimerBurstHarness() {}

  /** Warms up, then drains the bursts and prints each. */
  public static void main(String[] args) throws Exception {
    Harnesses.quiet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(SWEEPERS, 4));
    try (ScratchDatabase database = new ScratchDatabase(DB, "desk-burst");
        JdbcTicketStore store = JdbcTicketStore.builder().url(database.url).poolSize(16).build()) {
      FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
      Desk desk = ScratchDatabase.wholeRegistration(store, clock);
      print("a burst of %,d timers on %s, %d sweepers of %d tickets a call", TIMERS, DB, SWEEPERS, BATCH);
      print("warmed up in %.0f s", untilCompiled(() -> burst(desk, clock, pool, 2_000)));
      List<Burst> bursts = new ArrayList<>();
      for (int i = 1; i <= ROUNDS; i++) {
        Burst b = burst(desk, clock, pool, TIMERS);
        bursts.add(b);
        print("burst %d: %,d fired in %.2f s; lateness p50 %.2f s, p99 %.2f s, max %.2f s; %.3f ms of busy CPU"
            + " a timer (%.3f ms in desk's JVM), %.0f %% of the time stolen", i, b.fired, b.seconds, b.p50, b.p99,
            b.max, b.cpuMillis, b.jvmMillis, b.stolenShare * 100);
      }
      print("lateness p99 %s s, max %s s; ms of busy CPU a timer %s, in desk's JVM %s",
          spread("%.2f", bursts.stream().mapToDouble(Burst::p99).toArray()),
          spread("%.2f", bursts.stream().mapToDouble(Burst::max).toArray()),
          spread("%.3f", bursts.stream().mapToDouble(Burst::cpuMillis).toArray()),
          spread("%.3f", bursts.stream().mapToDouble(Burst::jvmMillis).toArray()));
    } finally {
      pool.shutdown();
    }
  }

  /** Registers {@code size} emergencies, lets their warnings fall due together and drains them. */
  private static Burst burst(Desk desk, FakeClock clock, ExecutorService pool, int size) throws Exception {
    clock.advance(Duration.ofDays(1));
    while (desk.runDueTimers(1_000) > 0) {
      // the earlier burst's later timers, fired outside the measure
    }
    List<Future<?>> registering = new ArrayList<>();
    for (int part = 0; part < 4; part++) {
      registering.add(pool.submit(() -> IntStream.range(0, size / 4).forEach(i ->
          desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build()))));
    }
    for (Future<?> f : registering) {
      f.get();
    }
    clock.advance(Duration.ofMinutes(8)); // every response warning (50 %) is due: one event a ticket
    List<double[]> commits = Collections.synchronizedList(new ArrayList<>()); // [seconds since start, events]
    long[] cpuBefore = jiffies();
    long jvmBefore = jvmCpuNanos();
    long start = System.nanoTime();
    List<Future<?>> sweeping = new ArrayList<>();
    for (int s = 0; s < SWEEPERS; s++) {
      sweeping.add(pool.submit(() -> {
        int n;
        while ((n = desk.runDueTimers(BATCH)) > 0) {
          commits.add(new double[] {seconds(start), n});
        }
      }));
    }
    for (Future<?> f : sweeping) {
      f.get();
    }
    double took = seconds(start);
    long[] cpuAfter = jiffies();
    long jvm = jvmCpuNanos() - jvmBefore;
    List<double[]> byTime = new ArrayList<>(commits);
    byTime.sort((a, b) -> Double.compare(a[0], b[0]));
    int fired = byTime.stream().mapToInt(c -> (int) c[1]).sum();
    return new Burst(fired, took, lateness(byTime, fired, 0.5), lateness(byTime, fired, 0.99),
        byTime.isEmpty() ? 0 : byTime.get(byTime.size() - 1)[0], (cpuAfter[0] - cpuBefore[0]) * 10.0 / fired,
        jvm / 1e6 / fired, (cpuAfter[1] - cpuBefore[1]) / (took * 100 * CORES));
  }

  /** The lateness by which {@code share} of the fired timers had fired. */
  private static double lateness(List<double[]> byTime, int fired, double share) {
    double seen = 0;
    for (double[] c : byTime) {
      seen += c[1];
      if (seen >= share * fired) {
        return c[0];
      }
    }
    return Double.NaN;
  }

  /**
   * One burst's figures.
   *
   * @param fired events written (one per timer)
   * @param seconds until the last sweeper found nothing due
   * @param cpuMillis the machine's busy CPU time per timer fired
   * @param jvmMillis the part of it this JVM used (desk's own share; the rest is the database's and others')
   * @param stolenShare the share of the machine's time the host gave to other guests
   */
  private record Burst(int fired, double seconds, double p50, double p99, double max, double cpuMillis,
      double jvmMillis, double stolenShare) {}

}
