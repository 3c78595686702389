package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.knowledge.SuggestionStep;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
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
}
