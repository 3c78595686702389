package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.time.Duration;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One timer sweep on the in-memory store that fires 1,000 due tickets (an SLA warning and an
 * escalation level each) among many open tickets whose timers lie a year ahead. Target: under
 * 100 ms with 1,000,000 open, and at most twice the cost with 10,000 open: the sweep's cost
 * follows what is due, not what is open.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class MemorySweepBenchmark {

  /** Open tickets whose timers are not due. */
  @Param({"10000", "1000000"})
  public int open;

  private static final int DUE = 1_000;

  private FakeClock clock;
  private Desk desk;

  /** The open tickets: heating tickets with a year-long response allowance. */
  @Setup(Level.Trial)
  public void load() {
    clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    SlaPolicies policies = SlaPolicies.of(
        new SlaPolicy("emr", Fixtures.EMR.id(), null, null, List.of(
            SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofHours(2), Calendars.ALWAYS))),
        new SlaPolicy("slow", Fixtures.HEATING.id(), null, null, List.of(
            SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofDays(700), Calendars.ALWAYS))));
    EscalationRules rules = EscalationRules.builder().rule(EscalationRule.builder("ladder")
        .level(1, Trigger.clock(SlaClockKind.RESPONSE, 50)).notify(Recipient.role("HEAD_OF_SERVICE"))
        .level(2, Trigger.clock(SlaClockKind.RESPONSE, 80)).raiseUrgency().build()).build();
    desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .slaPolicies(policies).escalationRules(rules).withoutClassification().build();
    for (int i = 0; i < open; i++) {
      desk.register(Fixtures.BOILER_REQUESTER, Fixtures.hospitalTicket()
          .organisation(Fixtures.BOILER_HOUSE.id(), Fixtures.BOILER_HOUSE.supportCode())
          .category(Fixtures.HEATING.id()).urgency(Urgency.PLANNED).build());
    }
  }

  /**
   * Whatever the last batch left due is fired first (not measured); then 1,000 new EMR tickets
   * whose 50 % threshold falls due one hour later, and the clock moves there.
   */
  @Setup(Level.Iteration)
  public void due() {
    clock.advance(Duration.ofHours(2));
    while (desk.runDueTimers(10_000) > 0) {
      // drain
    }
    for (int i = 0; i < DUE; i++) {
      desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().urgency(Urgency.PLANNED).build());
    }
    clock.advance(Duration.ofHours(1));
  }

  /** One sweep; it must fire the 1,000 and nothing else. */
  @Benchmark
  public int sweep() {
    int written = desk.runDueTimers(DUE);
    if (written < DUE) {
      throw new IllegalStateException("the sweep wrote " + written + " events for " + DUE + " due tickets");
    }
    return written;
  }
}
