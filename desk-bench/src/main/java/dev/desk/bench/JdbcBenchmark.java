package dev.desk.bench;

import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Registration throughput on H2 (file) and the local PostgreSQL: validated, numbered, three SLA
 * clocks started, journal written, committed, from several threads. Run with {@code -t 4} for H2
 * and {@code -t 8} for PostgreSQL:
 * {@code java -jar desk-bench/target/benchmarks.jar JdbcBenchmark -p db=h2 -t 4}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class JdbcBenchmark extends DatabaseState {

  /** One registration, committed with its journal and clocks. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 5, time = 10)
  @Measurement(iterations = 5, time = 10)
  public TicketSnapshot register() {
    return desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().build());
  }

}
