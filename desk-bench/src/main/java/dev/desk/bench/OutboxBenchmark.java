package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
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
 * Delivering 10,000 notifications from the outbox to a notifier that does nothing: claims,
 * rendering from the journal, the call within its budget, and the outcome written back. Target:
 * at least 5,000 per second. One single shot a measurement; the rate is 10,000 / its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class OutboxBenchmark {

  private static final int NOTICES = 10_000;

  /** Where the outbox is: {@code memory} or {@code h2} (a file). */
  @Param({"memory", "h2"})
  public String store;

  private TicketStore tickets;
  private ScratchH2 h2;
  private Desk desk;

  /** A desk whose registrations plan one notice each for the requester's phone. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    if (store.equals("memory")) {
      tickets = new InMemoryTicketStore();
    } else {
      h2 = new ScratchH2("desk-outbox");
      tickets = JdbcTicketStore.builder().url(h2.url("")).build();
    }
    Notifier nothing = new Notifier() {
      @Override public String name() { return "no-op"; }
      @Override public boolean accepts(OutboxEntry entry) { return true; }
      @Override public void deliver(OutboxEntry entry, Message message) {}
    };
    desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(tickets)
        .directory(Fixtures.directory()).withoutClassification().notifyPeople(true)
        .notifications(NotificationDelivery.builder().notifier(nothing).batch(500).build()).build();
  }

  /** 10,000 pending notices (not measured). */
  @Setup(Level.Iteration)
  public void fill() {
    for (int i = 0; i < NOTICES; i++) {
      desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicketBySms().build());
    }
  }

  /** Delivers them all. */
  @Benchmark
  public int deliverAll() {
    int delivered = 0;
    for (int round = desk.deliverNotifications().delivered(); round > 0; round = desk.deliverNotifications().delivered()) {
      delivered += round;
    }
    if (delivered != NOTICES) {
      throw new IllegalStateException("delivered " + delivered + " of " + NOTICES);
    }
    return delivered;
  }

  /** Closes the store. */
  @TearDown(Level.Trial)
  public void close() throws Exception {
    tickets.close();
    if (h2 != null) {
      h2.close();
    }
  }
}
