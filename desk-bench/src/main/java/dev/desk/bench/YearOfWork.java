package dev.desk.bench;

import dev.desk.core.shift.HandedOver;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A year of a large centre's journal, made up the same way every time (seeded): each ticket's ten
 * events, tickets spread evenly over 2026, 20 categories, 10 groups, 100 agents, 300
 * organisations, one in about ten breaching its resolution, one in 1,000 handed over at a shift's
 * end. Shared by {@link ReportBenchmark} (in memory) and {@link ReportLoadHarness} (on PostgreSQL).
 */
final class YearOfWork {

  static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");
  /** Ten events per ticket. */
  static final int EVENTS_PER_TICKET = 10;

  private final int tickets;
  private final SplittableRandom random = new SplittableRandom(20261130);

  /** A year of this many tickets. */
  YearOfWork(int tickets) {
    this.tickets = tickets;
  }

  /** The i-th ticket's ten events, in order. */
  void ticket(int i, Consumer<JournalEvent> out) {
    TicketId id = new TicketId(new UUID(0x019c_0000_0000_7000L, i));
    Instant at = YEAR.plusSeconds((long) i * 365 * 86_400 / tickets);
    String category = "cat-" + random.nextInt(20);
    Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
    String group = "group-" + random.nextInt(10);
    String agent = "agent-" + random.nextInt(100);
    Event e = new Event(id, out);
    e.add(at, new TicketChange.Registered("N-" + i, TicketType.INCIDENT, "org-" + random.nextInt(300), "S",
        new Requester(null, "R", List.of(), List.of()), Channel.PORTAL, category, urgency, "s", "d", null, List.of(),
        group, SupportLine.L1, null, "NEW"));
    e.add(at, new TicketChange.ClockStarted(SlaClockKind.RESPONSE, "p", Duration.ofHours(2), "24x7", 1,
        Duration.ZERO, at.plus(Duration.ofHours(2)), null));
    e.add(at, new TicketChange.ClockStarted(SlaClockKind.RESOLUTION, "p", Duration.ofHours(16), "24x7", 1,
        Duration.ZERO, at.plus(Duration.ofHours(16)), null));
    Instant assigned = at.plus(Duration.ofMinutes(10 + random.nextInt(60)));
    e.add(assigned, new TicketChange.Assigned(group, SupportLine.L1, agent));
    e.add(assigned, new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"));
    e.add(assigned, new TicketChange.ClockStopped(SlaClockKind.RESPONSE, Duration.between(at, assigned), true,
        Duration.ZERO));
    if (i % 1_000 == 0) {
      e.add(assigned, new HandedOver("day", group, Duration.ofHours(8), "call back"));
    } else {
      e.add(assigned, new TicketChange.Commented("Смотрим", false));
    }
    Instant resolved = assigned.plus(Duration.ofHours(1 + random.nextInt(20)));
    boolean met = Duration.between(at, resolved).compareTo(Duration.ofHours(16)) <= 0;
    e.add(resolved, new TicketChange.Resolved("Сделано"));
    e.add(resolved, new TicketChange.StatusChanged("ASSIGNED", "RESOLVED", "RESOLVE"));
    e.add(resolved, new TicketChange.ClockStopped(SlaClockKind.RESOLUTION, Duration.between(at, resolved), met,
        met ? Duration.ZERO : Duration.between(at, resolved).minusHours(16)));
  }

  /** Numbers one ticket's events. */
  private static final class Event {
    private final TicketId id;
    private final Consumer<JournalEvent> out;
    private long sequence;

    Event(TicketId id, Consumer<JournalEvent> out) {
      this.id = id;
      this.out = out;
    }

    void add(Instant at, TicketChange change) {
      out.accept(new JournalEvent(id, ++sequence, at, "agent", ActorRole.AGENT, null, change));
    }
  }
}
