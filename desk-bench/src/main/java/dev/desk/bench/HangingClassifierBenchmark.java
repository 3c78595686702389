package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.directory.Directory;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
 * Registrations in memory with no classifier plugin, one that answers at once, or one that hangs and
 * ignores interruption, or one that is slow (each call runs out its 200 ms budget, then stops
 * when interrupted: issue 17 measured 2,937/s falling to 20/s). With the plugin gate, the slow and
 * the hanging one cost their first few calls; then the circuit is open and registrations go at the
 * speed they have without a plugin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=error")
public class HangingClassifierBenchmark {

  // the hospital, its category and the registration of TicketCycleBenchmark
  private static final Actor AGENT = TicketCycleBenchmark.AGENT;
  private static final Directory DIRECTORY = TicketCycleBenchmark.DIRECTORY;
  private static final RegisterTicket REGISTRATION = TicketCycleBenchmark.REGISTRATION;

  /** The plugin beside the built-in rules. */
  @Param({"none", "answers", "slow", "hangs"})
  public String plugin;

  private final CountDownLatch released = new CountDownLatch(1);
  private Desk desk;
  private int held;

  /** A desk whose plugin answers at once or hangs until the trial ends. */
  @Setup(Level.Trial)
  public void setUp() {
    UrgencyClassifier classifier = new UrgencyClassifier() {
      @Override public String name() { return plugin; }
      @Override public Duration timeBudget() { return Duration.ofMillis(200); }
      @Override public Classification classify(ClassificationRequest request) {
        if (plugin.equals("slow")) {
          try {
            released.await(); // blocks until its time-out interrupts it
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
          }
        }
        while (plugin.equals("hangs") && released.getCount() > 0) {
          try {
            released.await(); // blocks, and ignores every interruption
          } catch (InterruptedException ignored) {
            // a plugin that does not stop when told
          }
        }
        return new Classification(Urgency.URGENT, 0.6, List.of(), plugin);
      }
    };
    UrgencyClassification classification = UrgencyClassification.of(UrgencyRules.defaults(),
        plugin.equals("none") ? List.of() : List.of(classifier));
    desk = Desk.builder().store(new InMemoryTicketStore()).directory(DIRECTORY).classification(classification).build();
  }

  /** Lets a hanging plugin's threads go. */
  @TearDown(Level.Trial)
  public void tearDown() {
    released.countDown();
  }

  /** One registration, the urgency judged. */
  @Benchmark
  public TicketSnapshot register() {
    if (++held > 20_000) {
      desk = Desk.builder().store(new InMemoryTicketStore()).directory(DIRECTORY)
          .classification(desk.classification().orElseThrow()).build();
      held = 0;
    }
    return desk.register(AGENT, REGISTRATION);
  }
}
