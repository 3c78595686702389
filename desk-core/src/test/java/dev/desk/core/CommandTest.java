package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.command.AddComment;
import dev.desk.core.command.AddWatcher;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeCategory;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.Close;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.Reject;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.lifecycle.Action;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.State;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class CommandTest {

  private final TestDesk t = TestDesk.withoutClassification();
  private final Desk desk = t.desk;
  private TicketSnapshot ticket = desk.register(TestDesk.CLINIC_REQUESTER, TestDesk.clinicTicket().build());

  private TicketSnapshot run(Actor actor, TicketCommand command) {
    ticket = desk.execute(actor, command);
    return ticket;
  }

  @Test
  void walksTheWholeDefaultLifecycle() {
    run(TestDesk.AGENT, new Assign(ticket.id(), 1, "lis-l1", null, "pavel", "on duty"));
    assertEquals("ASSIGNED", ticket.status());
    assertEquals("pavel", ticket.assignee());
    run(TestDesk.AGENT, new StartWork(ticket.id(), ticket.version()));
    run(TestDesk.AGENT, new RequestInformation(ticket.id(), ticket.version(), "Какой номер направления?"));
    assertEquals("WAITING_FOR_CUSTOMER", ticket.status());
    run(TestDesk.CLINIC_REQUESTER, new RecordCustomerReply(ticket.id(), ticket.version(), "Направление 12345"));
    assertEquals("IN_PROGRESS", ticket.status());
    run(TestDesk.AGENT, new LinkKnowledgeArticle(ticket.id(), ticket.version(), "KB-17"));
    run(TestDesk.AGENT, new Resolve(ticket.id(), ticket.version(), "Перезапущена служба выгрузки"));
    assertEquals("RESOLVED", ticket.status());
    assertEquals(TestDesk.NOW, ticket.resolvedAt());
    run(TestDesk.CLINIC_REQUESTER, new Reopen(ticket.id(), ticket.version(), "Снова не выгружается"));
    assertEquals("IN_PROGRESS", ticket.status());
    assertEquals(1, ticket.reopenCount());
    assertNull(ticket.resolution());
    run(TestDesk.AGENT, new Resolve(ticket.id(), ticket.version(), "Исправлена очередь"));
    run(TestDesk.CLINIC_REQUESTER, new Close(ticket.id(), ticket.version(), null));
    assertEquals("CLOSED", ticket.status());
    assertEquals(List.of("KB-17"), ticket.knowledgeArticles());

    List<String> kinds = desk.journal(TestDesk.SUPERVISOR, ticket.id()).stream().map(e -> e.change().getClass().getSimpleName()).toList();
    assertEquals(List.of("Registered", "Assigned", "StatusChanged", "StatusChanged", "Commented", "StatusChanged",
        "Commented", "StatusChanged", "KnowledgeArticleLinked", "Resolved", "StatusChanged", "StatusChanged",
        "Reopened", "Resolved", "StatusChanged", "StatusChanged"), kinds);
    assertEquals(kinds.size(), ticket.version());
  }

  @Test
  void journalSaysWhoWhenWhatAndWhy() {
    run(TestDesk.AGENT, new Assign(ticket.id(), 1, "lis-l1", SupportLine.L2, "pavel", "needs the lab specialist"));

    JournalEvent assigned = desk.journal(TestDesk.SUPERVISOR, ticket.id()).get(1);
    assertEquals("pavel", assigned.actorId());
    assertEquals(TestDesk.NOW, assigned.occurredAt());
    assertEquals(new TicketChange.Assigned("lis-l1", SupportLine.L2, "pavel"), assigned.change());
    assertEquals("needs the lab specialist", assigned.reason());
  }

  @Test
  void illegalTransitionIsRefusedAndNamesWhatIsAllowed() {
    IllegalTransitionException e = assertRefused(IllegalTransitionException.class,
        () -> desk.execute(TestDesk.AGENT, new StartWork(ticket.id(), 1)));
    assertEquals("NEW", e.status());
    assertEquals("START_WORK", e.action());
    assertTrue(e.getMessage().contains("allowed: [ASSIGN, REJECT]"), e.getMessage());
  }

  @Test
  void resolvingNeedsAResolution() {
    run(TestDesk.AGENT, new Assign(ticket.id(), 1, "lis-l1", null, "pavel", null));

    ValidationException e = assertRefused(ValidationException.class,
        () -> desk.execute(TestDesk.AGENT, new Resolve(ticket.id(), ticket.version(), "  ")));
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals("resolution", v.path());
    assertEquals("is required to RESOLVE", v.message());
    assertEquals("обязательно для действия RESOLVE", v.message(Locale.forLanguageTag("ru")));
  }

  @Test
  void rejectingNeedsOneOfTheRefusalReasons() {
    assertRefused(ValidationException.class, () -> desk.execute(TestDesk.AGENT, new Reject(ticket.id(), 1, null, "spam")));

    run(TestDesk.AGENT, new Reject(ticket.id(), 1, RefusalReason.OUT_OF_COMPETENCE, "Not our system"));
    assertEquals("REJECTED", ticket.status());
    assertEquals(RefusalReason.OUT_OF_COMPETENCE, ticket.refusalReason());
    assertRefused(IllegalTransitionException.class,
        () -> desk.execute(TestDesk.AGENT, new AddComment(ticket.id(), ticket.version(), "late", false)));
  }

  @Test
  void staleVersionIsRefused() {
    run(TestDesk.AGENT, new AddComment(ticket.id(), 1, "looking", true));

    StaleVersionException e = assertRefused(StaleVersionException.class,
        () -> desk.execute(TestDesk.AGENT, new Assign(ticket.id(), 1, "lis-l1", null, "pavel", null)));
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
  }

  @Test
  void badInputListsEveryViolation() {
    ValidationException e = assertRefused(ValidationException.class,
        () -> desk.execute(TestDesk.AGENT, new Assign(null, 0, "", null, " ", "x".repeat(2001))));
    assertEquals(List.of("assignee", "expectedVersion", "group", "reason", "ticketId"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void requesterMayNotAssignNorActOnAnotherOrganisation() {
    AccessDeniedException e = assertRefused(AccessDeniedException.class,
        () -> desk.execute(TestDesk.CLINIC_REQUESTER, new Assign(ticket.id(), 1, "lis-l1", null, "pavel", null)));
    assertTrue(e.getMessage().contains("REQUESTER may not ASSIGN"), e.getMessage());
    // another organisation's ticket answers as one that does not exist
    TicketNotFoundException hidden = assertRefused(TicketNotFoundException.class,
        () -> desk.execute(TestDesk.WATER_REQUESTER, new AddComment(ticket.id(), 1, "hello", false)));
    TicketNotFoundException none = assertThrows(TicketNotFoundException.class,
        () -> desk.execute(TestDesk.WATER_REQUESTER, new AddComment(TicketId.random(), 1, "hello", false)));
    assertEquals(none.getMessage().replaceAll("[0-9a-f-]{36}", "ID"), hidden.getMessage().replaceAll("[0-9a-f-]{36}",
        "ID"));
    assertRefused(AccessDeniedException.class,
        () -> desk.execute(TestDesk.CLINIC_REQUESTER, new AddComment(ticket.id(), 1, "secret", true)));
    assertRefused(AccessDeniedException.class,
        () -> desk.execute(TestDesk.CLINIC_REQUESTER, new ChangeUrgency(ticket.id(), 1, Urgency.EMERGENCY, "!!!")));
  }

  @Test
  void agentActsOnlyWithinTheirGroups() {
    assertRefused(TicketNotFoundException.class,
        () -> desk.execute(TestDesk.OTHER_AGENT, new Assign(ticket.id(), 1, "water-l1", null, "olga", null)));
    assertEquals("No ticket " + ticket.id(), assertThrows(TicketNotFoundException.class,
        () -> desk.ticket(TestDesk.OTHER_AGENT, ticket.id())).getMessage());
    assertEquals("No ticket " + ticket.number(), assertThrows(TicketNotFoundException.class,
        () -> desk.ticketByNumber(TestDesk.OTHER_AGENT, ticket.number())).getMessage());

    run(TestDesk.SUPERVISOR, new Assign(ticket.id(), 1, "water-l1", null, "olga", "wrong group"));
    assertEquals("water-l1", desk.ticket(TestDesk.OTHER_AGENT, ticket.id()).group());
  }

  @Test
  void requesterDoesNotSeeInternalComments() {
    run(TestDesk.AGENT, new AddComment(ticket.id(), 1, "requester seems confused", true));
    run(TestDesk.AGENT, new AddComment(ticket.id(), 2, "we are on it", false));

    assertEquals(3, desk.journal(TestDesk.AGENT, ticket.id()).size());
    List<RequesterEntry> seen = desk.requesterView(TestDesk.CLINIC_REQUESTER, ticket.id()).entries();
    assertEquals(2, seen.size());
    assertEquals(new RequesterEntry.Message(seen.get(1).at(), RequesterEntry.Author.SUPPORT, "we are on it"),
        seen.get(1));
    assertRefused(AccessDeniedException.class, () -> desk.journal(TestDesk.CLINIC_REQUESTER, ticket.id()));
  }

  @Test
  void classificationChangesNeedAReasonAndAKnownCategory() {
    assertRefused(ValidationException.class,
        () -> desk.execute(TestDesk.AGENT, new ChangeCategory(ticket.id(), 1, "radiology", "moved")));
    assertRefused(ValidationException.class,
        () -> desk.execute(TestDesk.AGENT, new ChangeUrgency(ticket.id(), 1, Urgency.URGENT, " ")));

    run(TestDesk.AGENT, new ChangeUrgency(ticket.id(), 1, Urgency.EMERGENCY, "the whole lab is down"));
    run(TestDesk.AGENT, new ChangeCategory(ticket.id(), 2, "water", "it is the water supply"));
    run(TestDesk.SUPERVISOR, new AddWatcher(ticket.id(), 3, "head"));
    assertEquals(Urgency.EMERGENCY, ticket.urgency());
    assertEquals("water", ticket.category());
    assertEquals(List.of("head"), ticket.watchers());
    JournalEvent urgency = desk.journal(TestDesk.SUPERVISOR, ticket.id()).get(1);
    assertEquals(new TicketChange.UrgencyChanged(Urgency.PLANNED, Urgency.EMERGENCY), urgency.change());
    assertEquals("the whole lab is down", urgency.reason());
  }

  @Test
  void unknownTicketIsNotFound() {
    DeskException e = assertThrows(TicketNotFoundException.class,
        () -> desk.execute(TestDesk.SUPERVISOR, new StartWork(TicketId.random(), 1)));
    assertEquals(ErrorCode.TICKET_NOT_FOUND, e.code());
    assertThrows(TicketNotFoundException.class, () -> desk.ticketByNumber(TestDesk.SUPERVISOR, "VLG-2026-999999"));
    assertEquals(ticket, desk.ticketByNumber(TestDesk.CLINIC_REQUESTER, " VLG-2026-000001 "));
  }

  @Test
  void hooksRunAfterCommitAndTheirFailureDoesNotUndoIt() {
    List<String> seen = new ArrayList<>();
    var b = Lifecycle.builder("hooked");
    b.state(State.initial("OPEN")).state(State.terminal("DONE"));
    b.from("OPEN").on(Action.CLOSE).to("DONE")
        .then((tk, tr, events) -> seen.add(tk.status() + " " + events.size()))
        .then((tk, tr, events) -> {
          throw new IllegalStateException("a broken hook");
        });
    Desk hooked = Desk.builder().directory(TestDesk.directory()).lifecycle(b.build()).withoutClassification().build();
    TicketSnapshot open = hooked.register(Actor.SYSTEM, TestDesk.clinicTicket().build());

    TicketSnapshot done = hooked.execute(TestDesk.AGENT, new Close(open.id(), 1, "done"));

    assertEquals("DONE", done.status());
    assertEquals(List.of("DONE 1"), seen);
  }

  @Test
  void missingActorOrIdIsATypedErrorNotANullPointer() {
    assertEquals("actor", assertThrows(ValidationException.class,
        () -> desk.execute(null, new StartWork(ticket.id(), 1))).violations().get(0).path());
    assertEquals("id", assertThrows(ValidationException.class,
        () -> desk.ticket(TestDesk.SUPERVISOR, null)).violations().get(0).path());
    assertEquals("query", assertThrows(ValidationException.class,
        () -> desk.query(TestDesk.SUPERVISOR, null)).violations().get(0).path());
    assertEquals("number", assertThrows(ValidationException.class,
        () -> desk.ticketByNumber(TestDesk.SUPERVISOR, " ")).violations().get(0).path());
  }

  /** Asserts the refusal and that the ticket and its journal are unchanged. */
  private <E extends DeskException> E assertRefused(Class<E> type, Executable command) {
    TicketSnapshot before = t.store.find(ticket.id()).orElseThrow();
    List<JournalEvent> journalBefore = t.store.journal(ticket.id());
    E e = assertThrows(type, command);
    assertEquals(before, t.store.find(ticket.id()).orElseThrow(), "snapshot unchanged");
    assertEquals(journalBefore, t.store.journal(ticket.id()), "journal unchanged");
    return e;
  }
}
