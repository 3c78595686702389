package dev.desk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** What the load harnesses (programs with a main, where JMH does not fit) share. */
final class Harnesses {

  /** The PostgreSQL database the harnesses make their schemas in: {@code -Durl}, the local one by default. */
  static final String POSTGRES = System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private Harnesses() {}

  /** Runs one statement of the harness's own (a schema it names) on the local PostgreSQL. */
  static void postgres(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Runs {@code round} until the JIT compiler spent under half a second of ten in compiling, three
   * minutes at most: on two cores it compiles for a minute or two, and figures taken before are
   * the compiler's as much as desk's.
   *
   * @return the seconds it took
   */
  static double untilCompiled(Callable<?> round) throws Exception {
    long start = System.nanoTime();
    var compiler = ManagementFactory.getCompilationMXBean();
    long before = compiler.getTotalCompilationTime();
    while (seconds(start) < 180) {
      long roundStart = System.nanoTime();
      round.call();
      long now = compiler.getTotalCompilationTime();
      if (now - before < 50 * seconds(roundStart)) { // milliseconds compiling per second of work
        break;
      }
      before = now;
    }
    return seconds(start);
  }

  /** Lowest, highest and median of the values, in the format given for each. */
  static String spread(String format, double... values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(Locale.ROOT, format + " to " + format + " (median " + format + ")", v[0], v[v.length - 1],
        v[v.length / 2]);
  }

  /** Turns desk's INFO lines off before anything logs: the harness prints its own figures. */
  static void quiet() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  /** Seconds since a {@link System#nanoTime} reading. */
  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Prints a line of figures, formatted the same wherever the harness runs. */
  static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  /**
   * The machine's CPU time so far in jiffies (1/100 s), every core and every process
   * (/proc/stat; Linux only): {@code [busy, stolen]}. Busy is user, nice, system, irq and softirq
   * time: what the machine itself spent. Stolen is time the hypervisor gave to other guests while
   * this one wanted to run; a noisy host moves throughput with it but not the busy time per
   * operation, so the harnesses give both.
   */
  static long[] jiffies() throws IOException {
    String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long busy = 0;
    for (int i : new int[] {1, 2, 3, 6, 7}) {
      busy += Long.parseLong(cpu[i]);
    }
    return new long[] {busy, cpu.length > 8 ? Long.parseLong(cpu[8]) : 0};
  }

  /** The CPU time this JVM has used, in nanoseconds: desk's own share of the machine's busy time. */
  static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * What one timed round of threads measured.
   *
   * @param perSecond operations per second
   * @param cpuMillis the machine's busy CPU time per operation, the database's included
   * @param jvmMillis this process's CPU time per operation (the rest of the busy time is the
   *     database server's, on PostgreSQL, and the system's)
   * @param stolenShare the share of the machine's time (every core) the host gave to other guests
   */
  record Throughput(double perSecond, double cpuMillis, double jvmMillis, double stolenShare) {}

  /** One thread's work in a timed round: it works while {@code running}, counting each operation in {@code done}. */
  interface Worker {
    void work(AtomicBoolean running, AtomicLong done) throws Exception;
  }

  /**
   * Runs {@code worker} on {@code threads} threads for {@code length} and measures the operations
   * they finished meanwhile; a worker's failure fails the round.
   */
  static Throughput timed(int threads, Duration length, Worker worker) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    List<Thread> started = new ArrayList<>();
    List<Exception> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          worker.work(running, done);
        } catch (Exception e) {
          failures.add(e);
        }
      });
      t.start();
      started.add(t);
    }
    long[] before = jiffies();
    long jvmBefore = jvmCpuNanos();
    long countBefore = done.get();
    long start = System.nanoTime();
    LockSupport.parkNanos(length.toNanos());
    long count = done.get() - countBefore;
    double elapsed = seconds(start);
    long[] after = jiffies();
    long jvm = jvmCpuNanos() - jvmBefore;
    running.set(false);
    for (Thread t : started) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a worker of the round failed", failures.get(0));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return new Throughput(count / elapsed, (after[0] - before[0]) * 10.0 / count, jvm / 1e6 / count,
        (after[1] - before[1]) / (elapsed * 100 * cores));
  }
}
