package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
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
 * One sweep that fires 1,000 due timers among many open tickets whose timers are not due, and
 * closed ones with nothing due: its cost must follow what is due, not what is stored. The open
 * and closed tickets are bulk-loaded in SQL (due instants far ahead, or none); the due ones are
 * registered through desk. PostgreSQL by default; {@code -p db=h2 -p closed=100000} on an H2 file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class SweepScaleBenchmark {

  private static final String BASE = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /** Open tickets that are not due. */
  @Param({"10000", "1000000"})
  public int open;

  /** Closed tickets: nothing due (no timer). */
  @Param({"0"})
  public int closed;

  /** Where: {@code postgresql} (a fresh schema) or {@code h2} (a file in a temporary directory). */
  @Param({"postgresql"})
  public String db;

  /** Due tickets fired by the measured sweep. */
  @Param({"1000"})
  public int due;

  private String schema;
  private JdbcTicketStore store;
  private ScratchH2 h2;
  private Desk desk;
  private FakeClock clock;

  /** A fresh database with the open and closed tickets. */
  @Setup(Level.Trial)
  public void load() throws Exception {
    String url;
    String series;
    if (db.equals("h2")) {
      h2 = new ScratchH2("desk-sweep");
      url = h2.url("");
      series = "SELECT X AS g FROM SYSTEM_RANGE(1, ?)";
    } else {
      schema = "sweep_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      url = BASE + "&currentSchema=" + schema;
      series = "SELECT g FROM generate_series(1, ?) g";
    }
    store = JdbcTicketStore.builder().url(url).poolSize(8).build();
    try (Connection c = DriverManager.getConnection(url)) {
      // open tickets whose next timers lie in 2090 and later: never due in this benchmark
      bulk(c, series, open, "'BULK-'", "'IN_PROGRESS'", "3786912000000000000 + g");
      bulk(c, series, closed, "'CLOSED-'", "'CLOSED'", "NULL");
      try (Statement s = c.createStatement()) {
        s.execute(db.equals("h2") ? "ANALYZE TABLE desk_ticket" : "ANALYZE desk_ticket");
        s.execute(db.equals("h2") ? "ANALYZE TABLE desk_timer" : "ANALYZE desk_timer");
      }
    }
    clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).build();
  }

  private static void bulk(Connection c, String series, int count, String prefix, String status, String due)
      throws Exception {
    String id = prefix + " || LPAD(CAST(g AS VARCHAR(20)), 28, '0')";
    String sql = "INSERT INTO desk_ticket (id, ticket_number, organisation_id, status, assignee, group_id, created_at,"
        + " version, snapshot) SELECT " + id + ", " + prefix + " || CAST(g AS VARCHAR(20)), 'gkb-1', " + status
        + ", 'petrov', 'emr-l1', g, 1, '{}' FROM (" + series + ") s";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, count);
      p.executeUpdate();
    }
    if (!due.equals("NULL")) { // each open ticket's clock timer, as a commit would set it: the sweep seeks past them
      try (PreparedStatement p = c.prepareStatement("INSERT INTO desk_timer (ticket_id, kind, due_at) SELECT " + id
          + ", 'sla.clocks', " + due + " FROM (" + series + ") s")) {
        p.setInt(1, count);
        p.executeUpdate();
      }
    }
  }

  /** Drops the schema. */
  @TearDown(Level.Trial)
  public void drop() throws Exception {
    store.close();
    if (h2 != null) {
      h2.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Makes {@link #due} emergencies whose response 50 % timer is due, after firing what earlier rounds left. */
  @Setup(Level.Invocation)
  public void makeDue() {
    clock.advance(Duration.ofDays(1));
    while (desk.runDueTimers(1000) > 0) {
      // earlier rounds' later timers, outside the measurement
    }
    for (int i = 0; i < due; i++) {
      desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY).build());
    }
    clock.advance(Duration.ofMinutes(8));
  }

  /** One sweep firing the due timers. */
  @Benchmark
  public int sweep() {
    return desk.runDueTimers(due);
  }
}
