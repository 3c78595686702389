package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Resolve;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.RoutingRule;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** New tickets reach a group and an agent by the directory; queues wait for shifts. */
final class RoutingTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** emr-l1 works the contact centre's hours; night-duty and nina work around the clock. */
  static ServiceDirectory staff(int agents) {
    ServiceDirectory.Builder b = ServiceDirectory.builder()
        .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), "ru-contact-centre", "lead"))
        .group(new Group("night-duty", SupportLine.L1, Set.of("emr", "heating"), null, "lead"))
        .group(new Group("heat-l1", SupportLine.L1, Set.of("heating"), null, "lead"))
        .agent(new Agent("nina", List.of("night-duty"), SupportLine.L1, Set.of("emr"), Set.of("ru"), null, 50))
        .route(new RoutingRule(null, Urgency.EMERGENCY, null, null, List.of("emr-l1", "night-duty"), null));
    for (int i = 1; i <= agents; i++) {
      b.agent(new Agent("agent-" + i, List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of("ru"),
          "ru-contact-centre", 100));
    }
    return b.build();
  }

  private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-13T09:00:00Z"), MOSCOW); // Friday 12:00
  private final Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory()).serviceDirectory(staff(2))
      .build();

  private TicketSnapshot register(Urgency urgency) {
    return desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().urgency(urgency).build());
  }

  @Test
  void aNewTicketGoesToTheLeastLoadedAgentOnShift() {
    TicketSnapshot first = register(Urgency.URGENT);
    TicketSnapshot second = register(Urgency.PLANNED);
    TicketSnapshot third = register(Urgency.PLANNED);
    assertEquals("ASSIGNED", first.status());
    assertEquals(List.of("agent-1", "agent-2", "agent-2"), List.of(first.assignee(), second.assignee(),
        third.assignee()), "agent-1 holds an URGENT (3), agent-2 a PLANNED (2) after the second");
    JournalEvent assigned = desk.journal(Fixtures.SUPERVISOR, first.id()).stream()
        .filter(e -> e.change() instanceof TicketChange.Assigned).findFirst().orElseThrow();
    assertEquals("system", assigned.actorId());
    assertEquals("on shift with the skill emr and the least load", assigned.reason());

    desk.execute(Fixtures.SUPERVISOR, new Resolve(first.id(), first.version(), "done"));
    assertEquals("agent-1", register(Urgency.PLANNED).assignee(), "a resolved ticket no longer weighs");
  }

  @Test
  void aQueueWaitsForTheShiftAndTheSweepHandsItOut() {
    clock.set(Instant.parse("2026-03-13T20:00:00Z")); // Friday 23:00
    TicketSnapshot waiting = register(Urgency.PLANNED);
    assertEquals("emr-l1", waiting.group());
    assertNull(waiting.assignee());
    assertEquals(0, desk.runDueTimers(), "nobody is on shift at night");

    TicketSnapshot emergency = register(Urgency.EMERGENCY);
    assertEquals("night-duty", emergency.group(), "emergencies go to the group on duty now");
    assertEquals("nina", emergency.assignee());

    clock.set(Instant.parse("2026-03-16T05:30:00Z")); // Monday 08:30
    assertTrue(desk.runDueTimers() > 0);
    assertEquals("agent-1", desk.ticket(Fixtures.SUPERVISOR, waiting.id()).assignee());
  }

  @Test
  void aDirectoryNamingAnUnknownCalendarIsRefusedAtStart() {
    ServiceDirectory odd = ServiceDirectory.builder()
        .group(new Group("g", SupportLine.L1, Set.of("emr"), "mars-time", null)).build();
    DeskException e = assertThrows(DeskException.class, () -> Desk.builder().directory(Fixtures.directory())
        .serviceDirectory(odd).build());
    assertTrue(e.getMessage().contains("unknown calendars [mars-time]"), e.getMessage());
  }
}
