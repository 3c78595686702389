package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage throughput on H2 (file) and the local PostgreSQL: registration (validated, numbered,
 * three SLA clocks started, journal written, committed) from several threads, and draining a
 * burst of due timers. Run with {@code -t 4} for H2 and {@code -t 8} for PostgreSQL:
 * {@code java -jar desk-bench/target/benchmarks.jar JdbcBenchmark.register -p db=h2 -t 4}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class JdbcBenchmark {

  /** Where: {@code h2} (a file in a temporary directory) or {@code postgresql} (a fresh schema). */
  @Param({"h2", "postgresql"})
  public String db;

  /** Due tickets in a burst for {@link #drainBurst()}. */
  @Param({"2000", "10000"})
  public int burst;

  /** Sweepers draining the burst together; rows are claimed with SKIP LOCKED, so they do not collide. */
  @Param({"1", "4"})
  public int sweepers;

  private JdbcTicketStore store;
  private Desk desk;
  private FakeClock clock;
  private String schema;
  private Path dir;

  /** A fresh database and desk per trial. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    String url;
    if (db.equals("h2")) {
      dir = Files.createTempDirectory("desk-bench");
      url = "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath();
    } else {
      schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
      String base = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
      try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      url = base + "&currentSchema=" + schema;
    }
    store = JdbcTicketStore.builder().url(url).poolSize(16).build();
    clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).build();
  }

  /** Closes the store and drops what the trial made. */
  @TearDown(Level.Trial)
  public void close() throws Exception {
    store.close();
    if (schema != null) {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** One registration, committed with its journal and clocks. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 10)
  public TicketSnapshot register() {
    return desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
  }

  /** Registers the burst before each measurement: emergencies whose response timers all fall due together. */
  @Setup(Level.Invocation)
  public void prepareBurst(org.openjdk.jmh.infra.BenchmarkParams params) {
    if (!params.getBenchmark().endsWith("drainBurst")) {
      return;
    }
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
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sweepers);
    try {
      List<java.util.concurrent.Future<Integer>> parts = new java.util.ArrayList<>();
      for (int i = 0; i < sweepers; i++) {
        parts.add(pool.submit(this::drain));
      }
      int fired = 0;
      for (java.util.concurrent.Future<Integer> part : parts) {
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
