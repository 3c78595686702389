package dev.desk.bench;

import dev.desk.core.command.Assign;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.internal.InputValidator;
import dev.desk.spi.error.Violation;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.TicketId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What Hibernate Validator costs per command: the part of a ticket cycle spent checking input. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class ValidationBenchmark {

  private final RegisterTicket registration = RegisterTicket.builder()
      .organisation("gkb-25", "VLG-1025").requester("Иванова Анна Петровна").channel(Channel.PHONE)
      .category("emr").description("Не открывается электронная медкарта").build();
  private final Assign assign = new Assign(TicketId.random(), 1, "emr-l1", null, "petrov", null);

  /** A valid registration. */
  @Benchmark
  public List<Violation> registration() {
    return InputValidator.shared().check(registration);
  }

  /** A valid assignment. */
  @Benchmark
  public List<Violation> assign() {
    return InputValidator.shared().check(assign);
  }
}
