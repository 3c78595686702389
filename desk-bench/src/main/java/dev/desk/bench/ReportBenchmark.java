package dev.desk.bench;

import dev.desk.core.calendar.Calendars;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.ShiftReport;
import dev.desk.core.report.SlaCompliance;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.ticket.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  private static final Instant YEAR = YearOfWork.YEAR;
  private static final Actor HEAD = Actor.supervisor("head");
  @Param("1000000")
  public int tickets;

  private ReportModel model;
  private Reports reports;
  private long position;
  private YearOfWork work;

  @Setup(Level.Trial)
  public void setUp() {
    model = new ReportModel(Lifecycles.standard());
    work = new YearOfWork(tickets);
    for (int i = 0; i < tickets; i++) {
      ticket(i);
    }
    reports = new Reports(model, ZoneId.of("Europe/Moscow"), Calendars.builtIn(Calendars.RU_CONTACT_CENTRE)
        .orElseThrow(), Clock.fixed(YEAR.plus(Duration.ofDays(400)), ZoneOffset.UTC));
  }

  private void ticket(int i) {
    work.ticket(i, e -> model.onEvent(new PositionedEvent(++position, e)));
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
    ticket(tickets + (int) (position / YearOfWork.EVENTS_PER_TICKET % 1_000_000));
    return position;
  }
}
