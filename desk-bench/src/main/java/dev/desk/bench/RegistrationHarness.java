package dev.desk.bench;

import static dev.desk.bench.Harnesses.print;
import static dev.desk.bench.Harnesses.spread;
import static dev.desk.bench.Harnesses.timed;
import static dev.desk.bench.Harnesses.untilCompiled;

import dev.desk.bench.Harnesses.Throughput;
import dev.desk.core.Desk;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration throughput on H2 (a file) or the local PostgreSQL with several threads, the whole
 * registration of {@link ScratchDatabase#wholeRegistration}: validated, classified, routed, three
 * clocks, journal, outbox, one commit. A program rather than JMH because two things decide its
 * figures on a small shared machine and JMH's iterations see neither: the JIT compiles for two
 * minutes on two cores before the code is steady, so the harness warms up until the compiler
 * has stopped; and a noisy host steals CPU time, so each round gives, beside registrations per
 * second, the machine's busy CPU time per registration (the database's included) and the share
 * stolen. {@code -Ddb=h2|postgresql -Dthreads=4 -Drounds=3 -Dseconds=20}:
 * {@code java -cp desk-bench/target/benchmarks.jar dev.desk.bench.RegistrationHarness}. Drops its
 * schema or file at the end.
 */
public final class RegistrationHarness {

  private static final String DB = System.getProperty("db", "h2");
  private static final int THREADS = Integer.getInteger("threads", 4);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final int SECONDS = Integer.getInteger("seconds", 20);
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private RegistrationHarness() {}

  /** Warms up, then runs the rounds and prints each. */
  public static void main(String[] args) throws Exception {
    Harnesses.quiet();
    try (ScratchDatabase database = new ScratchDatabase(DB, "desk-registration");
        JdbcTicketStore store = JdbcTicketStore.builder().url(database.url).poolSize(16).build()) {
      Desk desk = ScratchDatabase.wholeRegistration(store, FakeClock.at("2026-03-02T08:30:00+03:00"));
      print("registration on %s with %d threads, %s", DB, THREADS, System.getProperty("java.vm.version"));
      print("warmed up in %.0f s", untilCompiled(() -> round(desk, Duration.ofSeconds(10))));
      List<Throughput> rounds = new ArrayList<>();
      for (int i = 1; i <= ROUNDS; i++) {
        Throughput r = round(desk, Duration.ofSeconds(SECONDS));
        rounds.add(r);
        print("round %d: %,.0f registrations/s, %.3f ms of busy CPU each (this JVM %.3f ms; %.0f/s if they had"
            + " the %d cores), %.0f %% of the time stolen", i, r.perSecond(), r.cpuMillis(), r.jvmMillis(),
            1000.0 * CORES / r.cpuMillis(), CORES,
            r.stolenShare() * 100);
      }
      print("registrations/s %s; ms of busy CPU each %s (this JVM %s)",
          spread("%,.0f", rounds.stream().mapToDouble(Throughput::perSecond).toArray()),
          spread("%.2f", rounds.stream().mapToDouble(Throughput::cpuMillis).toArray()),
          spread("%.2f", rounds.stream().mapToDouble(Throughput::jvmMillis).toArray()));
    }
  }

  private static Throughput round(Desk desk, Duration length) throws Exception {
    return timed(THREADS, length, (running, done) -> {
      while (running.get()) {
        desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().build());
        done.incrementAndGet();
      }
    });
  }
}
