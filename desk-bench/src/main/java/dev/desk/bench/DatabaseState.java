package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A fresh database (an H2 file or a PostgreSQL schema) and a desk on it, per trial. */
@State(Scope.Benchmark)
public abstract class DatabaseState {

  /** Where: {@code h2} (a file in a temporary directory) or {@code postgresql} (a fresh schema). */
  @Param({"h2", "postgresql"})
  public String db;

  JdbcTicketStore store;
  Desk desk;
  FakeClock clock;
  private String schema;
  private ScratchH2 h2;

  /** A fresh database and desk per trial. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    String url;
    if (db.equals("h2")) {
      h2 = new ScratchH2("desk-bench");
      // -Ddesk.bench.h2=";PAGE_SIZE=4096" (in -jvmArgsAppend) tries other H2 settings
      url = h2.url(System.getProperty("desk.bench.h2", ""));
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
    desk = wholeRegistration(store, clock);
  }

  /** A desk doing the whole registration of the issue: validate, classify, route, clocks, journal, an outbox notice. */
  static Desk wholeRegistration(JdbcTicketStore store, Clock clock) {
    ServiceDirectory staff = ServiceDirectory.builder()
        .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), Calendars.RU_CONTACT_CENTRE, "lead"))
        .group(new Group("heat-l1", SupportLine.L1, Set.of("heating"), null, "lead")).build();
    return Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).serviceDirectory(staff).notifyPeople(true).build();
  }

  /** Closes the store and drops what the trial made. */
  @TearDown(Level.Trial)
  public void close() throws Exception {
    store.close();
    if (h2 != null) {
      h2.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

}
