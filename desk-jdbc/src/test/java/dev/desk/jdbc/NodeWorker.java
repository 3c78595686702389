package dev.desk.jdbc;

import dev.desk.core.Desk;
import dev.desk.core.command.Resolve;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One node of {@link MultiProcessContract}, a process of its own: registers tickets that routing
 * hands to three agents of small capacity, resolves some, sweeps due timers (SLA clocks,
 * escalation, queues) and delivers notifications, while desk time runs 600 times faster than the
 * wall clock. Prints {@code ack resolve NUMBER} after each acknowledged resolution and appends each
 * delivered notification's key to a shared file.
 */
public final class NodeWorker {

  static final List<String> AGENTS = List.of("a1", "a2", "a3");
  static final int CAPACITY = 3;
  static final Instant START = Instant.parse("2026-03-02T05:30:00Z");

  private NodeWorker() {}

  /** The directory every node shares: one first-line group of three agents, three tickets each at most. */
  static ServiceDirectory directory() {
    ServiceDirectory.Builder b = ServiceDirectory.builder().group(new Group("emr-l1", SupportLine.L1, Set.of("emr"),
        null, null));
    for (String agent : AGENTS) {
      b.agent(new Agent(agent, List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of(), null, CAPACITY));
    }
    return b.build();
  }

  /** A clock that runs 600 times faster than the wall clock (a real second is ten minutes), from START. */
  static Clock fastClock() {
    long t0 = System.nanoTime();
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return START.plusNanos((System.nanoTime() - t0) * 600);
      }
    };
  }

  /**
   * args: JDBC URL, node number, tickets to register, the file of delivered keys. A failure is
   * printed on standard output too, so the test's message shows it beside the node's last steps.
   */
  public static void main(String[] args) throws IOException {
    try {
      run(args);
    } catch (RuntimeException | IOException | Error e) {
      System.out.println("failed: " + e);
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        System.out.println("caused by: " + cause);
      }
      System.out.flush();
      throw e;
    }
  }

  private static void run(String[] args) throws IOException {
    int node = Integer.parseInt(args[1]);
    int tickets = Integer.parseInt(args[2]);
    FileChannel delivered = FileChannel.open(Path.of(args[3]), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    Notifier recorder = new Notifier() {
      @Override public String name() { return "recorder"; }
      @Override public boolean accepts(OutboxEntry entry) { return true; }
      @Override public void deliver(OutboxEntry entry, Message message) {
        try { // one write per line: appends of several processes never interleave within it
          delivered.write(ByteBuffer.wrap((entry.key() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    };
    EscalationRules tell = EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
        .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build();
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(args[0]).poolSize(4).build()) {
      Desk desk = Desk.builder().clock(fastClock()).store(store).directory(Fixtures.directory())
          .serviceDirectory(directory()).slaPolicies(SlaClockFixtures.POLICIES).escalationRules(tell)
          // a lease of a desk day is 144 real seconds: longer than any round (issue 17 is about shorter leases)
          .notifications(NotificationDelivery.builder().notifier(recorder).batch(20).lease(Duration.ofDays(1)).build())
          .build();
      SplittableRandom random = new SplittableRandom(node);
      for (int i = 0; i < tickets; i++) {
        desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket()
            .description("Узел " + node + ", заявка " + i + ": не открывается медкарта").build());
        if (random.nextInt(3) == 0) {
          resolveOne(desk, random);
        }
        if (random.nextInt(4) == 0) {
          desk.runDueTimers(50);
        }
        if (random.nextInt(4) == 0) {
          desk.deliverNotifications();
        }
      }
      for (int round = 0; round < 40; round++) {
        resolveOne(desk, random);
        desk.runDueTimers(50);
        desk.deliverNotifications();
      }
    }
    System.out.println("done");
  }

  /** Resolves an assigned open ticket, as its agent; prints the acknowledgement. */
  private static void resolveOne(Desk desk, SplittableRandom random) {
    String agent = AGENTS.get(random.nextInt(AGENTS.size()));
    List<TicketSnapshot> held = desk.query(Fixtures.SUPERVISOR, TicketQuery.all().withAssignee(agent)
        .withStatuses(Set.of("ASSIGNED", "IN_PROGRESS")));
    if (held.isEmpty()) {
      return;
    }
    TicketSnapshot t = held.get(random.nextInt(held.size()));
    try {
      desk.execute(dev.desk.spi.ticket.Actor.agent(agent, "emr-l1"), new Resolve(t.id(), t.version(),
          "Решено узлом"));
      System.out.println("ack resolve " + t.number());
      System.out.flush();
    } catch (StaleVersionException e) {
      // another node resolved or changed it first
    }
  }
}
