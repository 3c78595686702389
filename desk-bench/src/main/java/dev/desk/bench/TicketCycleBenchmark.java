package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Resolve;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ticket cycle on the in-memory store, single thread: register (validated, numbered,
 * journalled), assign to an agent, resolve. Target: at least 100,000 cycles per second.
 *
 * <p>Two shapes of store: {@link #registerAssignResolve()} works on a desk holding up to
 * {@value #WORKING_SET} tickets (a new desk is made inside the measured code when it is full, so
 * that cost counts); {@link #registerAssignResolveGrowingStore()} keeps every ticket of the
 * iteration (a few hundred thousand), which mostly measures how the collector copies a growing
 * heap of live tickets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@Threads(1)
public class TicketCycleBenchmark {

  static final Actor AGENT = Actor.agent("petrov", "emr-l1");
  static final Directory DIRECTORY = Directory.builder()
      .organisation(new Organisation("gkb-25", "Emergency Hospital No. 25", "VLG-1025", "hospital"))
      .category(new Category("emr", "Electronic medical records", "emr-l1", Urgency.PLANNED))
      .build();
  static final RegisterTicket REGISTRATION = RegisterTicket.builder()
      .organisation("gkb-25", "VLG-1025")
      .requester("Иванова Анна Петровна")
      .contact(ContactKind.PHONE, "+7 8442 00-25-01")
      .channel(Channel.PHONE)
      .category("emr")
      .description("В кардиологии не открывается электронная медкарта пациента, пишет «ошибка сертификата»")
      .build();

  /** Tickets a desk holds in {@link #registerAssignResolve()} before it is replaced. */
  public static final int WORKING_SET = 10_000;

  /** Whether tickets run SLA clocks (RESPONSE and RESOLUTION on ru-contact-centre). */
  @Param({"false", "true"})
  public boolean sla;

  private Desk desk;
  private Desk growingDesk;
  private int held;

  /** Fresh desks and stores for every iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    desk = newDesk();
    growingDesk = newDesk();
    held = 0;
  }

  private Desk newDesk() {
    Desk.Builder b = Desk.builder().store(new InMemoryTicketStore()).directory(DIRECTORY);
    if (sla) {
      b.slaPolicies(SlaPolicies.of(new SlaPolicy("contact-centre", null, null, null, List.of(
          SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofHours(2), Calendars.RU_CONTACT_CENTRE),
          SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(16), Calendars.RU_CONTACT_CENTRE)))));
    }
    return b.build();
  }

  /** Register, assign, resolve on a desk holding up to {@value #WORKING_SET} tickets. */
  @Benchmark
  public TicketSnapshot registerAssignResolve() {
    if (++held > WORKING_SET) {
      desk = newDesk();
      held = 1;
    }
    return cycle(desk);
  }

  /** Register, assign, resolve on a desk that keeps every ticket of the iteration. */
  @Benchmark
  public TicketSnapshot registerAssignResolveGrowingStore() {
    return cycle(growingDesk);
  }

  private static TicketSnapshot cycle(Desk desk) {
    TicketSnapshot t = desk.register(AGENT, REGISTRATION);
    t = desk.execute(AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    return desk.execute(AGENT, new Resolve(t.id(), t.version(), "Переустановлен сертификат ЭП"));
  }
}
