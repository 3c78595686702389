package dev.desk.bench;

import dev.desk.core.calendar.Calendars;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Dispatcher;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.RoutingRule;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing and assignment of one ticket among 500 agents, all in the group the ticket goes to (the
 * worst case), with shift calendars (contact-centre hours or around the clock) and random loads. Target: under 5
 * microseconds per ticket. The picked agent's load goes up and another's down, so the loads keep
 * moving as in a working desk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class DispatchBenchmark {

  private static final int AGENTS = 500;
  private static final Instant FRIDAY_NOON = Instant.parse("2026-03-13T09:00:00Z");

  private Dispatcher dispatcher;
  private final SplittableRandom random = new SplittableRandom(7);
  private final String[] ids = new String[AGENTS];

  /** 500 agents in one group with mixed shifts, skills and loads. */
  @Setup
  public void setUp() {
    ServiceDirectory.Builder b = ServiceDirectory.builder()
        .group(new Group("all", SupportLine.L1, Set.of("emr"), null, null))
        .route(new RoutingRule("lis", null, null, null, List.of("all"), "lis"))
        .route(new RoutingRule(null, Urgency.EMERGENCY, null, null, List.of("all"), null));
    for (int i = 0; i < AGENTS; i++) {
      ids[i] = "agent-" + i;
      b.agent(new Agent(ids[i], List.of("all"), SupportLine.L1, i % 2 == 0 ? Set.of("emr", "lis") : Set.of("emr"),
          Set.of("ru"), i % 3 == 0 ? null : "ru-contact-centre", 1_000));
    }
    dispatcher = new Dispatcher(b.build(), id -> Calendars.builtIn(id).orElseThrow());
    for (int i = 0; i < 5_000; i++) {
      dispatcher.moveLoad(null, null, false, ids[random.nextInt(AGENTS)], Urgency.values()[random.nextInt(4)], true);
    }
  }

  /** Route a ticket and pick its agent; the load moves with it. */
  @Benchmark
  public Optional<String> routeAndAssign() {
    Dispatcher.Route route = dispatcher.route("emr", Urgency.PLANNED, "hospital", "gkb-1", FRIDAY_NOON).orElseThrow();
    Optional<String> agent = dispatcher.pickAgent(route.group(), route.skill(), FRIDAY_NOON);
    agent.ifPresent(a -> {
      dispatcher.moveLoad(null, null, false, a, Urgency.PLANNED, true);
      dispatcher.moveLoad(ids[random.nextInt(AGENTS)], Urgency.PLANNED, true, null, null, false);
    });
    return agent;
  }
}
