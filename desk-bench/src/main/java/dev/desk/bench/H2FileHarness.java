package dev.desk.bench;

import static dev.desk.bench.Harnesses.print;
import static dev.desk.bench.Harnesses.seconds;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded H2 file against the data it holds, and what syncing each commit costs:
 * registrations and as many updates (a comment on each ticket) with four threads, each commit
 * written to the file before it returns ({@code -Dsync=true}: and synced to the disk); then the
 * host's compaction ({@link JdbcTicketStore#compact()}) runs and is timed (commits wait that
 * long); last, with the store closed, H2 rewrites the file offline ({@code SHUTDOWN COMPACT}),
 * which leaves only the live data, and the sizes are compared. Deletes its files.
 *
 * <pre>
 * java -cp desk-bench/target/benchmarks.jar dev.desk.bench.H2FileHarness [-Dtickets=100000] [-Dsync=false]
 * </pre>
 */
public final class H2FileHarness {

  private static final int THREADS = 4;

  private H2FileHarness() {}

  /** Runs the harness and prints its figures. */
  public static void main(String[] args) throws Exception {
    Harnesses.quiet();
    int tickets = Integer.getInteger("tickets", 100_000);
    boolean sync = Boolean.getBoolean("sync");
    try (ScratchH2 h2 = new ScratchH2("desk-file")) {
      String url = h2.url("");
      Path file = Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db");
      long start;
      double registering;
      double updating;
      long running;
      double compacting;
      long compacted;
      try (JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(8).syncEachCommit(sync).build()) {
        FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
        Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
            .slaPolicies(SlaClockFixtures.POLICIES).build();
        start = System.nanoTime();
        List<TicketSnapshot> registered = inParallel(tickets,
            i -> desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build()));
        registering = tickets / seconds(start);
        print("%,d registrations: %,.0f/s with %d threads%s; the file holds %,d MB", tickets, registering, THREADS,
            sync ? ", each commit synced" : "", Files.size(file) >> 20);
        start = System.nanoTime();
        inParallel(tickets, i -> desk.execute(Fixtures.EMR_AGENT, new AddComment(registered.get(i).id(),
            registered.get(i).version(), "Проверили журнал обмена, ждём ответа поставщика", false)));
        updating = tickets / seconds(start);
        running = Files.size(file);
        start = System.nanoTime();
        store.compact();
        compacting = seconds(start);
        compacted = Files.size(file);
      }
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT"); // every live page rewritten into a new file: the live data's size
      }
      long live = Files.size(file);
      print("%,d updates: %,.0f/s; the file held %,d MB for %,d MB of live data: %.2fx; compact() took %.1f s"
          + " and left %,d MB: %.2fx", tickets, updating, running >> 20, live >> 20, (double) running / live, compacting,
          compacted >> 20, (double) compacted / live);
    }
  }

  /** Runs the step for 0..count-1 on four threads; the results in order. */
  private static <T> List<T> inParallel(int count, Step<T> step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      AtomicInteger next = new AtomicInteger();
      List<T> out = new ArrayList<>(Collections.nCopies(count, null));
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            out.set(i, step.run(i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /** One step of a run. */
  private interface Step<T> {
    T run(int i);
  }
}
