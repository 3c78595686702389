package dev.desk.bench;

import dev.desk.core.calendar.Calendars;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.ShiftReport;
import dev.desk.core.report.SlaCompliance;
import dev.desk.core.shift.HandedOver;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reports over a year of a large centre: 1,000,000 tickets and 10,000,000 journal events fed to
 * the report model (in memory, as a host's follower feeds it), then the SLA compliance of one month
 * by category and urgency, and a shift's handover among them; {@code feed} is what keeping the
 * model current costs per event. Events are made in memory, not read from a database.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ReportBenchmark {

  private static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor HEAD = Actor.supervisor("head");
  /** Ten events per ticket. */
  static final int EVENTS_PER_TICKET = 10;

  @Param("1000000")
  public int tickets;

  private ReportModel model;
  private Reports reports;
  private long position;
  private SplittableRandom random;

  @Setup(Level.Trial)
  public void setUp() {
    model = new ReportModel(Lifecycles.standard());
    random = new SplittableRandom(20261130);
    for (int i = 0; i < tickets; i++) {
      ticket(i);
    }
    reports = new Reports(model, ZoneId.of("Europe/Moscow"), Calendars.builtIn(Calendars.RU_CONTACT_CENTRE)
        .orElseThrow(), Clock.fixed(YEAR.plus(Duration.ofDays(400)), ZoneOffset.UTC));
  }

  /** One ticket's ten events, a year's tickets spread evenly, one in ten breaching its resolution. */
  private void ticket(int i) {
    TicketId id = new TicketId(new UUID(0x019c_0000_0000_7000L, i));
    Instant at = YEAR.plusSeconds((long) i * 365 * 86_400 / tickets);
    String category = "cat-" + random.nextInt(20);
    Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
    String group = "group-" + random.nextInt(10);
    String agent = "agent-" + random.nextInt(100);
    feed(id, 1, at, new TicketChange.Registered("N-" + i, TicketType.INCIDENT, "org-" + random.nextInt(300), "S",
        new Requester(null, "R", List.of(), List.of()), Channel.PORTAL, category, urgency, "s", "d", null, List.of(),
        group, SupportLine.L1, null, "NEW"));
    feed(id, 2, at, new TicketChange.ClockStarted(SlaClockKind.RESPONSE, "p", Duration.ofHours(2), "24x7", 1,
        Duration.ZERO, at.plus(Duration.ofHours(2)), null));
    feed(id, 3, at, new TicketChange.ClockStarted(SlaClockKind.RESOLUTION, "p", Duration.ofHours(16), "24x7", 1,
        Duration.ZERO, at.plus(Duration.ofHours(16)), null));
    Instant assigned = at.plus(Duration.ofMinutes(10 + random.nextInt(60)));
    feed(id, 4, assigned, new TicketChange.Assigned(group, SupportLine.L1, agent));
    feed(id, 5, assigned, new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"));
    feed(id, 6, assigned, new TicketChange.ClockStopped(SlaClockKind.RESPONSE, Duration.between(at, assigned), true,
        Duration.ZERO));
    if (i % 1_000 == 0) {
      feed(id, 7, assigned, new HandedOver("day", group, Duration.ofHours(8), "call back"));
    } else {
      feed(id, 7, assigned, new TicketChange.Commented("Смотрим", false));
    }
    Instant resolved = assigned.plus(Duration.ofHours(1 + random.nextInt(20)));
    boolean met = Duration.between(at, resolved).compareTo(Duration.ofHours(16)) <= 0;
    feed(id, 8, resolved, new TicketChange.Resolved("Сделано"));
    feed(id, 9, resolved, new TicketChange.StatusChanged("ASSIGNED", "RESOLVED", "RESOLVE"));
    feed(id, 10, resolved, new TicketChange.ClockStopped(SlaClockKind.RESOLUTION, Duration.between(at, resolved), met,
        met ? Duration.ZERO : Duration.between(at, resolved).minusHours(16)));
  }

  private void feed(TicketId id, long sequence, Instant at, TicketChange change) {
    model.onEvent(new PositionedEvent(++position, new JournalEvent(id, sequence, at, "agent", ActorRole.AGENT, null,
        change)));
  }

  /** The SLA compliance of March by category and urgency (80 rows per target). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public SlaCompliance slaComplianceOfAMonth() {
    return reports.slaCompliance(HEAD, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
        List.of(Grouping.CATEGORY, Grouping.URGENCY));
  }

  /** A group's handover among a year of tickets. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public ShiftReport shiftReport() {
    return reports.shift(HEAD, "group-3", "day", Instant.parse("2026-06-15T14:00:00Z"));
  }

  /** Keeping the model current: one more ticket's ten events. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long feedOneTicket() {
    ticket(tickets + (int) (position / EVENTS_PER_TICKET % 1_000_000));
    return position;
  }
}
