package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeCategory;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.ArticleUse;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer links an article the requester may read, at the revision they are sent: the notice
 * carries its title and the portal's link, and later edits never change what the link shows.
 */
final class AnswersWithArticlesTest {

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final List<String> sent = new ArrayList<>();
  private final KnowledgeBase kb = KnowledgeBase.builder(new InMemoryKnowledgeStore(), Fixtures.directory())
      .clock(clock).build();
  private final Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore())
      .directory(Fixtures.directory()).notifyPeople(true).knowledge(kb)
      .notifications(NotificationDelivery.builder().locale("ru").articleLinks("https://help.example/kb/{article}/{revision}")
          .notifier(new Notifier() {
            @Override public String name() { return "recorder"; }
            @Override public boolean accepts(OutboxEntry entry) { return true; }
            @Override public synchronized void deliver(OutboxEntry entry, Message message) {
              sent.add(entry.notification().resolvedTo() + " | " + message.body());
            }
          }).build()).build();

  private void publish(String id, ArticleDraft draft) {
    kb.create(Fixtures.EMR_AGENT, id, draft, "первая редакция");
    kb.publish(Fixtures.SUPERVISOR, id, 1, "проверено");
  }

  private TicketSnapshot working() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.EMAIL).build());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    return desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
  }

  @Test
  void theRequesterIsSentTheRevisionLinkedAndAnEditLaterChangesNothingOfIt() {
    publish("emr-print", ArticleDraft.of("Принтер не печатает из ЭМК", "Перезапустите службу печати.",
        Fixtures.EMR.id(), "ru"));
    TicketSnapshot t = working();
    t = desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), "emr-print", 7, "подделка"));
    List<TicketChange> changes = desk.journal(Fixtures.SUPERVISOR, t.id()).stream().map(e -> e.change()).toList();
    assertEquals(new TicketChange.KnowledgeArticleLinked("emr-print", 2, "Принтер не печатает из ЭМК"),
        changes.get(changes.size() - 1), "desk's revision and title, not the caller's");

    kb.revise(Fixtures.EMR_AGENT_2, "emr-print", 2, ArticleDraft.of("Печать из ЭМК", "Новый текст",
        Fixtures.EMR.id(), "ru"), "переписано");
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Служба печати перезапущена"));
    desk.deliverNotifications();
    assertEquals(List.of("ivanova@gkb1.example | Решение: Служба печати перезапущена. Статьи базы знаний: «Принтер не "
        + "печатает из ЭМК» https://help.example/kb/emr-print/2. Если проблема осталась, ответьте на это сообщение, и "
        + "обращение будет открыто снова. Оцените, пожалуйста, ответ от 1 (плохо) до 5 (отлично): ответьте цифрой, можно с комментарием через запятую, или на портале."), sent.subList(sent.size() - 1, sent.size()));

    RequesterEntry.Article shown = desk.requesterView(Fixtures.HOSPITAL_REQUESTER, t.id()).entries().stream()
        .filter(RequesterEntry.Article.class::isInstance).map(RequesterEntry.Article.class::cast).findFirst()
        .orElseThrow();
    assertEquals(List.of("emr-print", "2", "Принтер не печатает из ЭМК"), List.of(shown.articleId(),
        String.valueOf(shown.revision()), shown.title()));
    assertEquals("Перезапустите службу печати.", kb.read(Fixtures.HOSPITAL_REQUESTER, shown.articleId(),
        shown.revision()).orElseThrow().body(), "the text they were sent");
  }

  @Test
  void anArticleTheRequesterMayNotReadIsNotLinkedAndNothingIsWritten() {
    publish("internal", ArticleDraft.of("Пароль администратора", "В сейфе", Fixtures.EMR.id(), "ru").internal());
    publish("boiler-only", ArticleDraft.of("Котёл", "Подпитка", Fixtures.HEATING.id(), "ru")
        .forOrganisations(Fixtures.BOILER_HOUSE.id()));
    kb.create(Fixtures.EMR_AGENT, "draft", ArticleDraft.of("Черновик", "Текст", Fixtures.EMR.id(), "ru"), "черновик");
    TicketSnapshot t = working();
    for (String id : List.of("internal", "boiler-only", "draft", "no-such-article")) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), id)));
      assertEquals("articleId", e.violations().get(0).path());
      assertEquals("нет опубликованной статьи " + id + ", которую может прочитать заявитель",
          e.violations().get(0).message(Locale.forLanguageTag("ru")));
    }
    assertEquals(t.version(), desk.ticket(Fixtures.SUPERVISOR, t.id()).version(), "nothing written");
    assertTrue(desk.ticket(Fixtures.SUPERVISOR, t.id()).knowledgeArticles().isEmpty());
  }

  @Test
  void theMostLinkedArticlesPerCategoryAndPeriodComeFromTheJournal() {
    publish("emr-print", ArticleDraft.of("Принтер не печатает из ЭМК", "Перезапустите службу печати.",
        Fixtures.EMR.id(), "ru"));
    publish("emr-login", ArticleDraft.of("Не входит в ЭМК", "Сбросьте пароль.", Fixtures.EMR.id(), "ru"));
    publish("heat-pressure", ArticleDraft.of("Упало давление", "Подпитка.", Fixtures.HEATING.id(), "ru"));
    Instant start = clock.instant();
    for (String article : List.of("emr-print", "emr-print", "emr-login")) {
      TicketSnapshot t = working();
      desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), article));
    }
    TicketSnapshot moved = working(); // an EMR ticket moved to heating before its answer: counted under heating
    moved = desk.execute(Fixtures.SUPERVISOR, new ChangeCategory(moved.id(), moved.version(), Fixtures.HEATING.id(),
        "это отопление"));
    desk.execute(Fixtures.SUPERVISOR, new LinkKnowledgeArticle(moved.id(), moved.version(), "heat-pressure"));
    clock.advance(Duration.ofDays(40));
    TicketSnapshot later = working(); // after the period
    desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(later.id(), later.version(), "emr-login"));

    Map<String, List<ArticleUse>> faq = desk.mostLinkedArticles(Fixtures.SUPERVISOR, start,
        start.plus(Duration.ofDays(30)), 10);
    assertEquals(Map.of(
        Fixtures.EMR.id(), List.of(new ArticleUse("emr-print", "Принтер не печатает из ЭМК", 2),
            new ArticleUse("emr-login", "Не входит в ЭМК", 1)),
        Fixtures.HEATING.id(), List.of(new ArticleUse("heat-pressure", "Упало давление", 1))), faq);
    assertEquals(List.of(new ArticleUse("emr-print", "Принтер не печатает из ЭМК", 2)), desk.mostLinkedArticles(
        Fixtures.SUPERVISOR, start, start.plus(Duration.ofDays(30)), 1).get(Fixtures.EMR.id()));
    assertThrows(AccessDeniedException.class, () -> desk.mostLinkedArticles(Fixtures.HOSPITAL_REQUESTER, start,
        start.plus(Duration.ofDays(30)), 10));
    assertThrows(ValidationException.class, () -> desk.mostLinkedArticles(Fixtures.SUPERVISOR, start, start, 10));
  }
}
