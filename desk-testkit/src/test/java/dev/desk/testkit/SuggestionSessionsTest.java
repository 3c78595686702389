package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.Deflection;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.knowledge.Suggestions;
import dev.desk.core.knowledge.SuggestionsDeclined;
import dev.desk.core.knowledge.SuggestionsSent;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.knowledge.SuggestionStep;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestions as sessions: what a requester was shown, opened and said helped is journaled, a
 * ticket registered anyway names the session, deflection is counted from both, and articles that
 * resolved tickets rank higher.
 */
final class SuggestionSessionsTest {

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
  private final KnowledgeBase kb = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();
  private final Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore())
      .directory(Fixtures.directory()).knowledge(kb).build();

  private void publish(String id, String title, String body) {
    kb.create(Fixtures.EMR_AGENT, id, ArticleDraft.of(title, body, Fixtures.EMR.id(), "ru"), "первая редакция");
    kb.publish(Fixtures.SUPERVISOR, id, 1, "проверено");
  }

  private void twoPrinterArticles() {
    publish("print-queue", "Принтер не печатает: очередь", "Очистите очередь и перезапустите службу.");
    publish("print-driver", "Принтер не печатает: драйвер", "Обновите драйвер и перезапустите службу.");
  }

  private Suggestions offer(String text) {
    return kb.offer(Fixtures.HOSPITAL_REQUESTER, text, null, null, 5);
  }

  @Test
  void deflectionCountsSessionsThatHelpedAndLedToNoTicket() {
    twoPrinterArticles();
    Instant start = clock.instant();
    // helped, no ticket: deflected
    Suggestions first = offer("принтер не печатает");
    assertEquals(2, first.hits().size());
    kb.open(Fixtures.HOSPITAL_REQUESTER, first.sessionId(), "print-queue");
    kb.helped(Fixtures.HOSPITAL_REQUESTER, first.sessionId(), "print-queue");
    // helped, yet a ticket was registered after it: not deflected
    Suggestions second = offer("не печатает принтер в регистратуре");
    kb.helped(Fixtures.HOSPITAL_REQUESTER, second.sessionId(), "print-driver");
    TicketSnapshot anyway = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .afterSuggestions(second.sessionId()).build());
    // shown only, then nothing
    offer("опять не печатает");
    // nothing shown: no session to count
    assertEquals(List.of(), offer("котельная").hits());

    assertEquals(List.of(SuggestionStep.SHOWN, SuggestionStep.SHOWN, SuggestionStep.OPENED, SuggestionStep.HELPED),
        store.session(first.sessionId()).stream().map(e -> e.step()).toList(), "journaled in order");
    assertEquals(new SuggestionsDeclined(second.sessionId()),
        desk.journal(Fixtures.EMR_AGENT, anyway.id()).stream().map(e -> e.change())
            .filter(SuggestionsDeclined.class::isInstance).findFirst().orElseThrow(),
        "the ticket's journal names the session it was registered after");

    Deflection d = desk.deflection(Fixtures.SUPERVISOR, start, start.plus(Duration.ofDays(1)));
    assertEquals(List.of(3L, 2L, 1L, 1L), List.of(d.sessions(), d.helped(), d.registeredAnyway(), d.deflected()));
    assertEquals(1.0 / 3, d.rate(), 1e-9);
    assertEquals(0, desk.deflection(Fixtures.SUPERVISOR, start.plus(Duration.ofDays(1)),
        start.plus(Duration.ofDays(2))).sessions(), "sessions are counted in the period they began");
  }

  @Test
  void aSessionIsTheReadersAndOnlyWhatItShowedMayBeOpenedOrSaidToHelp() {
    twoPrinterArticles();
    publish("heating", "Батареи холодные", "Проверьте краны на стояке.");
    Suggestions s = offer("принтер не печатает");
    ValidationException other = assertThrows(ValidationException.class,
        () -> kb.helped(Fixtures.BOILER_REQUESTER, s.sessionId(), "print-queue"));
    assertEquals(List.of("sessionId"), other.violations().stream().map(Violation::path).toList());
    ValidationException notShown = assertThrows(ValidationException.class,
        () -> kb.open(Fixtures.HOSPITAL_REQUESTER, s.sessionId(), "heating"));
    assertEquals(List.of("articleId"), notShown.violations().stream().map(Violation::path).toList());
    ValidationException unknown = assertThrows(ValidationException.class,
        () -> desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().afterSuggestions("sg-none").build()));
    assertEquals(List.of("suggestionSession"), unknown.violations().stream().map(Violation::path).toList());
    assertEquals(2, store.session(s.sessionId()).size(), "nothing journaled for what was refused");
  }

  @Test
  void anArticleThatResolvedTicketsRanksAboveAnEqualMatch() {
    twoPrinterArticles();
    List<String> before = offer("принтер не печатает").hits().stream().map(SearchHit::articleId).toList();
    String second = before.get(1);
    JournalFollower follower = desk.follow(kb.resolutions(), 0);
    for (int i = 0; i < 3; i++) {
      TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
      t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
      t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
      t = desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), second));
      desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Помогла статья"));
    }
    follower.poll();
    List<SearchHit> after = offer("принтер не печатает").hits();
    assertEquals(second, after.get(0).articleId(), "three resolved tickets lift an equal match");
    assertEquals(3, after.get(0).resolvedTickets());
    assertEquals(0, after.get(1).resolvedTickets());
  }

  @Test
  void aRequestThatCameAsAMessageIsAcknowledgedWithArticlesThatCountForNoDeflection() {
    twoPrinterArticles();
    List<String> sent = new ArrayList<>();
    Desk mailDesk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .knowledge(kb).notifyPeople(true)
        .notifications(NotificationDelivery.builder().locale("ru").articleLinks("https://help.example/kb/{article}")
            .notifier(new Notifier() {
              @Override public String name() { return "recorder"; }
              @Override public boolean accepts(OutboxEntry entry) { return true; }
              @Override public void deliver(OutboxEntry entry, Message message) { sent.add(message.body()); }
            }).build()).build();
    Instant start = clock.instant();
    TicketSnapshot t = mailDesk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .requesterId(Fixtures.HOSPITAL_REQUESTER.id())
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.EMAIL).subject("Принтер не печатает")
        .description("С утра принтер не печатает ничего").build(),
        new TicketChange.MessageReceived("mail", "<m1@gkb1.example>", "ivanova@gkb1.example", List.of()));
    SuggestionsSent journaled = mailDesk.journal(Fixtures.EMR_AGENT, t.id()).stream().map(e -> e.change())
        .filter(SuggestionsSent.class::isInstance).map(SuggestionsSent.class::cast).findFirst().orElseThrow();
    assertEquals(2, journaled.articles().size());
    mailDesk.deliverNotifications();
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).endsWith("Пока специалист готовит ответ, возможно, помогут статьи базы знаний: «"
        + journaled.articles().get(0).title() + "» https://help.example/kb/" + journaled.articles().get(0).articleId()
        + ", «" + journaled.articles().get(1).title() + "» https://help.example/kb/"
        + journaled.articles().get(1).articleId() + "."), sent.get(0));

    kb.helped(Fixtures.HOSPITAL_REQUESTER, journaled.sessionId(), journaled.articles().get(0).articleId());
    assertEquals(List.of(SuggestionStep.SHOWN, SuggestionStep.SHOWN, SuggestionStep.HELPED),
        store.session(journaled.sessionId()).stream().map(e -> e.step()).toList());
    Deflection d = mailDesk.deflection(Fixtures.SUPERVISOR, start, start.plus(Duration.ofDays(1)));
    assertEquals(0, d.sessions(), "the ticket came first: nothing to deflect");

    TicketSnapshot typed = mailDesk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .subject("Принтер не печатает").build());
    assertTrue(mailDesk.journal(Fixtures.EMR_AGENT, typed.id()).stream()
        .noneMatch(e -> e.change() instanceof SuggestionsSent), "one typed in a portal saw them before");
  }
}
