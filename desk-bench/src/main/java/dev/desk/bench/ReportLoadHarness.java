package dev.desk.bench;

import static dev.desk.bench.Harnesses.jiffies;
import static dev.desk.bench.Harnesses.print;
import static dev.desk.bench.Harnesses.seconds;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.jdbc.internal.JsonCodec;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.Actor;
import dev.desk.testkit.Fixtures;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reports on PostgreSQL at the scale, as a host runs them: a year of 1,000,000 tickets and
 * 10,000,000 journal events is copied into a fresh schema's journal ({@link YearOfWork}, the same
 * events {@link ReportBenchmark} feeds in memory); the report model reads the whole journal through
 * the store's feed (the initial read a node makes when it starts); the SLA compliance of a month by
 * category and urgency and a shift's handover are timed; then registrations with four threads run
 * for a while without and with a follower keeping the model current, in turns (after a warm-up
 * run), to show what keeping it current costs: in registrations per second, and in the whole
 * machine's CPU time per registration (the database's included), which the noise of a shared
 * machine moves less. Linux only (/proc/stat). Drops its schema at the end.
 *
 * <pre>
 * java -Xmx12g -cp desk-bench/target/benchmarks.jar dev.desk.bench.ReportLoadHarness
 *   [-Dtickets=1000000] [-Dseconds=30] [-Drounds=2] [-Durl=jdbc:postgresql://127.0.0.1:5432/test?user=postgres]
 * </pre>
 */
public final class ReportLoadHarness {

  private static final Actor HEAD = Actor.supervisor("head");
  private static final int THREADS = 4;

  private ReportLoadHarness() {}

  /** Runs the harness and prints its figures. */
  public static void main(String[] args) throws Exception {
    Harnesses.quiet();
    int tickets = Integer.getInteger("tickets", 1_000_000);
    int seconds = Integer.getInteger("seconds", 30);
    int rounds = Integer.getInteger("rounds", 2);
    try (ScratchDatabase database = new ScratchDatabase("postgresql", "desk-reports");
        JdbcTicketStore store = JdbcTicketStore.builder().url(database.url).poolSize(16).build()) {
      store.knowKinds(ReportModel.kinds());
      long start = System.nanoTime();
      long events = copy(database.url, tickets);
      print("copied %,d events of %,d tickets into the journal in %.1f s", events, tickets, seconds(start));

      System.gc();
      long heapBefore = usedHeap();
      start = System.nanoTime();
      ReportModel model = ReportModel.rebuilt(store, Lifecycles.standard());
      double read = seconds(start);
      System.gc();
      print("initial read: %,d events in %.1f s (%,.0f events/s); the model holds %,d MB of heap", model.position(),
          read, model.position() / read, (usedHeap() - heapBefore) >> 20);

      Reports reports = new Reports(model, ZoneId.of("Europe/Moscow"),
          Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow(), Clock.systemUTC());
      time("SLA compliance of March by category and urgency", () -> reports.slaCompliance(HEAD,
          Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
          List.of(Grouping.CATEGORY, Grouping.URGENCY)));
      time("shift handover of a group", () -> reports.shift(HEAD, "group-3", "day",
          Instant.parse("2026-06-15T14:00:00Z")));

      Desk desk = ScratchDatabase.wholeRegistration(store, Clock.systemUTC());
      register(desk, seconds, null); // warming up: the JIT and the tables' first pages
      for (int round = 1; round <= rounds; round++) {
        // in turns, each first every other round: the tables grow through the run
        Run plain = round % 2 == 1 ? register(desk, seconds, null) : null;
        Run followed = register(desk, seconds, model);
        plain = round % 2 == 0 ? register(desk, seconds, null) : plain;
        print("round %d: registrations/s with %d threads: %,.0f without the model, %,.0f with the model kept"
            + " current (%+.1f %%); the machine's CPU per registration %.3f ms without, %.3f ms with (%+.1f %%),"
            + " the follower's thread %.3f ms of it", round, THREADS, plain.perSecond, followed.perSecond,
            (followed.perSecond - plain.perSecond) / plain.perSecond * 100, plain.cpuMillis, followed.cpuMillis,
            (followed.cpuMillis - plain.cpuMillis) / plain.cpuMillis * 100, followed.followerMillis);
      }
    }
  }

  /** Copies a year of tickets' events into the journal with COPY, in chunks; returns how many. */
  private static long copy(String url, int tickets) throws Exception {
    JsonCodec codec = new JsonCodec();
    codec.know(ReportModel.kinds());
    YearOfWork work = new YearOfWork(tickets);
    long copied = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      int chunk = 20_000;
      for (int first = 0; first < tickets; first += chunk) {
        StringBuilder rows = new StringBuilder(chunk * 4_000);
        for (int i = first; i < Math.min(tickets, first + chunk); i++) {
          work.ticket(i, e -> row(rows, codec, e));
        }
        copied += copy.copyIn("COPY desk_journal (ticket_id, seq, occurred_at, kind, event) FROM STDIN WITH"
            + " (FORMAT csv)", new StringReader(rows.toString()));
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE desk_journal");
      }
    }
    return copied;
  }

  private static void row(StringBuilder rows, JsonCodec codec, JournalEvent e) {
    Instant at = e.occurredAt();
    rows.append(e.ticketId()).append(',').append(e.sequence()).append(',')
        .append(at.getEpochSecond() * 1_000_000_000L + at.getNano()).append(',').append(e.kind()).append(",\"")
        .append(codec.write(e).replace("\"", "\"\"")).append("\"\n");
  }

  /**
   * Registrations per second with four threads for the time given; with a model, a fifth thread
   * keeps it current the whole while, as desk's runner does (all there is to read, every 100 ms),
   * and catches up after the run, outside the count.
   */
  private static Run register(Desk desk, int seconds, ReportModel model) throws Exception {
    JournalFollower follower = model == null ? null : desk.follow(model, model.position());
    if (follower != null) {
      follower.catchUp(); // what the runs without the model wrote is read here, outside the count
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      threads.add(started(() -> {
        while (running.get()) {
          desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
          done.incrementAndGet();
        }
      }));
    }
    Thread following = model == null ? null : started(() -> {
      while (running.get()) { // as desk's runner follows: all there is, every 100 ms
        follower.catchUp();
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      }
    });
    long start = System.nanoTime();
    long busyBefore = jiffies()[0];
    LockSupport.parkNanos(Duration.ofSeconds(seconds).toNanos());
    long count = done.get();
    double elapsed = seconds(start);
    long busy = jiffies()[0] - busyBefore;
    long followerNanos = following == null ? 0 : ManagementFactory.getThreadMXBean().getThreadCpuTime(
        following.getId());
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
    if (following != null) {
      following.join();
      long behind = System.nanoTime();
      follower.catchUp(); // what the follower had not read when the run ended
      print("  the follower ended %.2f s behind", seconds(behind));
    }
    return new Run(count / elapsed, busy * 10.0 / count, followerNanos / 1e6 / count);
  }

  /**
   * One run's figures.
   *
   * @param perSecond registrations per second
   * @param cpuMillis the whole machine's busy CPU time per registration (PostgreSQL's included)
   * @param followerMillis the follower thread's CPU time per registration
   */
  private record Run(double perSecond, double cpuMillis, double followerMillis) {}

  private static Thread started(Runnable work) {
    Thread t = new Thread(work);
    t.start();
    return t;
  }

  private static void time(String what, Runnable report) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      long start = System.nanoTime();
      report.run();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> measured = ms.subList(2, ms.size()); // two warm-ups
    print("%s: %s ms (first two, warming up: %.0f, %.0f ms)", what,
        measured.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(), ms.get(0), ms.get(1));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
