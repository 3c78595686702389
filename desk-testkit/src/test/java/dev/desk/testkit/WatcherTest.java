package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.AddWatcher;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first line hands a ticket on and watches it: it still reads it, comments on it, and hears of it. */
final class WatcherTest {

  private static final Actor L2_AGENT = Actor.agent("ivanova", "emr-l2");

  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T10:00:00+03:00"))
      .directory(Fixtures.directory()).notifyPeople(true).build();
  private TicketSnapshot ticket = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());

  private List<TicketChange.NotificationPlanned> noticesTo(String person) {
    return desk.journal(Fixtures.SUPERVISOR, ticket.id()).stream().map(JournalEvent::change)
        .filter(c -> c instanceof TicketChange.NotificationPlanned n && n.recipientKind().equals("PERSON")
            && person.equals(n.resolvedTo()))
        .map(c -> (TicketChange.NotificationPlanned) c).toList();
  }

  private void handedToTheSecondLineAndWatched() {
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(Fixtures.EMR_AGENT, new AddWatcher(ticket.id(), ticket.version(), "petrov"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l2", SupportLine.L2,
        "ivanova", "needs the database team"));
  }

  @Test
  void aWatcherReadsAndCommentsButDoesNotMoveTheTicket() {
    handedToTheSecondLineAndWatched();

    assertEquals("emr-l2", desk.ticket(Fixtures.EMR_AGENT, ticket.id()).group(), "petrov still reads it");
    assertTrue(desk.journal(Fixtures.EMR_AGENT, ticket.id()).size() > 3);
    ticket = desk.execute(Fixtures.EMR_AGENT, new AddComment(ticket.id(), ticket.version(),
        "the same error was fixed in January by reinstalling the certificate", true));
    TicketSnapshot now = ticket;
    AccessDeniedException moved = assertThrows(AccessDeniedException.class, () -> desk.execute(Fixtures.EMR_AGENT,
        new Resolve(now.id(), now.version(), "fixed")));
    assertTrue(moved.getMessage().contains("watches"), moved.getMessage());
    assertThrows(TicketNotFoundException.class, () -> desk.ticket(Fixtures.EMR_AGENT_2, now.id()),
        "another first-line agent, who does not watch it, does not read it");
  }

  @Test
  void aWatcherHearsWhatTheRequesterHearsAndTheInternalNotesButNotHisOwn() {
    handedToTheSecondLineAndWatched();
    ticket = desk.execute(Fixtures.EMR_AGENT, new AddComment(ticket.id(), ticket.version(), "my own note", true));
    assertEquals(List.of("ASSIGNED"), noticesTo("petrov").stream().map(TicketChange.NotificationPlanned::rule)
        .toList(), "nothing for his own note");

    ticket = desk.execute(L2_AGENT, new AddComment(ticket.id(), ticket.version(), "checking the certificate", true));
    ticket = desk.execute(L2_AGENT, new StartWork(ticket.id(), ticket.version()));
    ticket = desk.execute(L2_AGENT, new Resolve(ticket.id(), ticket.version(), "certificate reinstalled"));

    assertEquals(List.of("ASSIGNED", "INTERNAL_NOTE", "STATUS_CHANGED", "RESOLVED"),
        noticesTo("petrov").stream().map(TicketChange.NotificationPlanned::rule).toList());
  }
}
