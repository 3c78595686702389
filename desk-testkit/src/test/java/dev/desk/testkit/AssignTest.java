package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.LowerLine;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An assignment names a group and an agent the directory knows, and never lowers the line by the way. */
final class AssignTest {

  private static final ServiceDirectory LINES = ServiceDirectory.builder()
      .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), null, "lead"))
      .group(new Group("emr-l2", SupportLine.L2, Set.of("emr"), null, "lead"))
      .agent(new Agent("petrov", List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of("ru"), null, 50))
      .agent(new Agent("sidorov", List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of("ru"), null, 50))
      .agent(new Agent("ivanova", List.of("emr-l2"), SupportLine.L2, Set.of("emr"), Set.of("ru"), null, 50))
      .build();

  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T10:00:00+03:00"))
      .directory(Fixtures.directory()).serviceDirectory(LINES).build();
  private TicketSnapshot ticket = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());

  private List<Violation> refusal(Runnable command) {
    return assertThrows(ValidationException.class, command::run).violations();
  }

  @Test
  void anUnknownGroupIsRefusedWithTheGroupsThatExist() {
    List<Violation> v = refusal(() -> desk.execute(Fixtures.SUPERVISOR, new Assign(ticket.id(), ticket.version(),
        "emr-l9", null, "petrov", null)));
    assertEquals(1, v.size(), v::toString);
    assertEquals("group", v.get(0).path());
    assertEquals("no group emr-l9 is known; the groups are: emr-l1, emr-l2", v.get(0).message());
    assertEquals("группа emr-l9 неизвестна; группы: emr-l1, emr-l2", v.get(0).message(Locale.forLanguageTag("ru")));
  }

  @Test
  void anAgentOutsideTheGroupIsRefusedWithTheGroupsAgents() {
    List<Violation> v = refusal(() -> desk.execute(Fixtures.SUPERVISOR, new Assign(ticket.id(), ticket.version(),
        "emr-l1", null, "ivanova", null)));
    assertEquals("assignee", v.get(0).path());
    assertEquals("ivanova is not an agent of group emr-l1; its agents are: petrov, sidorov", v.get(0).message());
    assertEquals(ticket.version(), desk.ticket(Fixtures.SUPERVISOR, ticket.id()).version(), "nothing written");
  }

  @Test
  void onlyLowerLineLowersTheLineAndItSaysWhy() {
    ticket = desk.execute(Fixtures.SUPERVISOR, new Assign(ticket.id(), ticket.version(), "emr-l2", SupportLine.L2,
        "ivanova", null));
    TicketSnapshot atL2 = ticket;
    List<Violation> v = refusal(() -> desk.execute(Fixtures.SUPERVISOR, new Assign(atL2.id(), atL2.version(),
        "emr-l1", SupportLine.L1, "petrov", null)));
    assertEquals("line", v.get(0).path());
    assertEquals(SupportLine.L2, desk.ticket(Fixtures.SUPERVISOR, ticket.id()).line());
    assertEquals("line", refusal(() -> desk.execute(Fixtures.SUPERVISOR, new LowerLine(atL2.id(), atL2.version(),
        "emr-l2", SupportLine.L2, "ivanova", "no change"))).get(0).path());
    assertEquals("reason", refusal(() -> desk.execute(Fixtures.SUPERVISOR, new LowerLine(atL2.id(), atL2.version(),
        "emr-l1", SupportLine.L1, "petrov", " "))).get(0).path());

    ticket = desk.execute(Fixtures.SUPERVISOR, new LowerLine(ticket.id(), ticket.version(), "emr-l1", SupportLine.L1,
        "petrov", "a password reset after all: first line work"));

    assertEquals(SupportLine.L1, ticket.line());
    assertEquals("emr-l1", ticket.group());
    assertEquals("petrov", ticket.assignee());
    JournalEvent lowered = desk.journal(Fixtures.SUPERVISOR, ticket.id()).stream()
        .filter(e -> e.change() instanceof TicketChange.Assigned a && a.line() == SupportLine.L1 && a.group()
            .equals("emr-l1") && e.sequence() > atL2.version()).findFirst().orElseThrow();
    assertEquals("a password reset after all: first line work", lowered.reason());
  }
}
