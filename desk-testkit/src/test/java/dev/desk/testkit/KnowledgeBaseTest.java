package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.ArticleView;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.KnowledgeQuery;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.knowledge.SearchResults;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleVisibility;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The knowledge base by example: revisions, checks, search with morphology, who reads what. */
final class KnowledgeBaseTest {

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
  private final KnowledgeBase kb = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();

  private ArticleRevision published(String id, ArticleDraft draft) {
    ArticleRevision r = kb.create(Fixtures.EMR_AGENT, id, draft, "первая редакция");
    return kb.publish(Fixtures.SUPERVISOR, id, r.number(), "проверено");
  }

  private static ArticleDraft printer() {
    return ArticleDraft.of("Принтер не печатает из электронной медкарты",
        "Если печать не идёт: проверьте, что принтер выбран по умолчанию, и перезапустите службу печати."
            + " При замятии бумаги откройте крышку.", Fixtures.EMR.id(), "ru").tagged("печать", "принтер");
  }

  @Test
  void everyEditIsANewRevisionAndALinkedRevisionNeverChanges() {
    ArticleRevision first = kb.create(Fixtures.EMR_AGENT, "emr-print", printer(), "первая редакция");
    assertEquals(Optional.empty(), kb.read(Fixtures.HOSPITAL_REQUESTER, "emr-print"), "a draft is not read");
    ArticleRevision live = kb.publish(Fixtures.SUPERVISOR, "emr-print", 1, "проверено");
    ArticleView sent = kb.read(Fixtures.HOSPITAL_REQUESTER, "emr-print").orElseThrow();
    assertEquals(2, sent.revision());

    clock.advance(Duration.ofDays(3));
    kb.revise(Fixtures.EMR_AGENT_2, "emr-print", 2, printer().withText("Принтер не печатает", "Новый текст"),
        "уточнено после обращения DESK-2026-000042");
    assertThrows(StaleVersionException.class, () -> kb.revise(Fixtures.EMR_AGENT, "emr-print", 2, printer(),
        "правка поверх чужой"), "an edit of a revision someone else has moved past");

    assertEquals(Optional.of(sent), kb.read(Fixtures.HOSPITAL_REQUESTER, "emr-print", 2), "what was sent stays");
    assertEquals("Новый текст", kb.read(Fixtures.HOSPITAL_REQUESTER, "emr-print").orElseThrow().body());
    List<ArticleRevision> history = kb.history(Fixtures.SUPERVISOR, "emr-print");
    assertEquals(List.of(1, 2, 3), history.stream().map(ArticleRevision::number).toList());
    assertEquals(List.of("petrov", "head", "smirnova"), history.stream().map(ArticleRevision::author).toList());
    assertEquals("уточнено после обращения DESK-2026-000042", history.get(2).reason());
    assertEquals(List.of(first, live), history.subList(0, 2), "earlier revisions are as they were");
    assertThrows(AccessDeniedException.class, () -> kb.history(Fixtures.HOSPITAL_REQUESTER, "emr-print"));

    kb.archive(Fixtures.SUPERVISOR, "emr-print", 3, "система заменена");
    assertEquals(0, kb.search(Fixtures.SUPERVISOR, KnowledgeQuery.of("принтер")).total(), "archived: not found");
    assertEquals(Optional.of(sent), kb.read(Fixtures.HOSPITAL_REQUESTER, "emr-print", 2), "still what was sent");
  }

  @Test
  void badInputIsNamedFieldByFieldAndNothingIsStored() {
    ArticleDraft broken = new ArticleDraft(" ", "x".repeat(ArticleDraft.MAX_BODY + 1), "no-such-category",
        List.of("ok", " "), "de", ArticleVisibility.ORGANISATIONS,
        Set.of("no-such-organisation"));
    ValidationException e = assertThrows(ValidationException.class,
        () -> kb.create(Fixtures.EMR_AGENT, "Bad Id!", broken, ""));
    assertEquals(List.of("articleId", "body", "category", "locale", "organisations", "reason", "tags[1].<list element>",
        "title"), e.violations().stream().map(Violation::path).sorted().toList().stream().distinct().toList());
    assertTrue(e.violations().stream().anyMatch(v -> v.message(Locale.forLanguageTag("ru"))
        .equals("здесь не пишут статьи на языке de; языки: en, ru")), e.toString());
    ValidationException nul = assertThrows(ValidationException.class, () -> kb.create(Fixtures.EMR_AGENT,
        printer().withText("Принтер\u0000", "текст"), "причина"));
    assertEquals("title", nul.violations().get(0).path());
    assertThrows(AccessDeniedException.class, () -> kb.create(Fixtures.HOSPITAL_REQUESTER, printer(), "хочу"));
    assertEquals(List.of(), store.after(0, 10), "nothing stored");
  }

  @Test
  void searchReadsRussianAndEnglishMorphologyPhrasesAndPrefixes() {
    published("emr-print", printer());
    published("emr-login", ArticleDraft.of("Не входит в электронную медицинскую карту",
        "Пароль истёк или учётная запись заблокирована: сбросьте пароль на портале.", Fixtures.EMR.id(), "ru"));
    published("heat-pressure", ArticleDraft.of("Давление в контуре отопления упало",
        "Проверьте подпитку и расширительный бак; при утечке перекройте стояк.", Fixtures.HEATING.id(), "ru"));
    published("emr-print-en", ArticleDraft.of("The printer does not print from the medical record",
        "Make the printer the default one and restart the print spooler.", Fixtures.EMR.id(), "en"));

    for (String asked : List.of("не печатает", "печать не идёт", "принтер не работает", "ПЕЧАТАЮТСЯ пустые листы",
        "печати нет")) {
      assertEquals("emr-print", top(kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of(asked).inLocale("ru"))),
          asked);
    }
    assertEquals("emr-print-en", top(kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("printers printing"))));
    assertEquals("emr-login", top(kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("учетной записи"))),
        "ё read as е");
    SearchResults phrase = kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("\"службу печати\""));
    assertEquals(List.of("emr-print"), ids(phrase));
    assertEquals(0, kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("\"печати службу\"")).total(),
        "a phrase's words in another order");
    assertEquals("heat-pressure", top(kb.search(Fixtures.BOILER_REQUESTER, KnowledgeQuery.of("расширит*"))));
    assertEquals(List.of("emr-print"), ids(kb.search(Fixtures.HOSPITAL_REQUESTER,
        KnowledgeQuery.of("принтер").inLocale("ru").inCategory(Fixtures.EMR.id()))));
    assertEquals(0, kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("принтер")
        .inCategory(Fixtures.HEATING.id())).total());

    // Snowball stems «печать» as a verb (печа) and «печати» as a noun (печат): the words must meet all the same
    published("emr-labels", ArticleDraft.of("Этикетки выходят пустыми", "Очистите очередь печати этикеток.",
        Fixtures.EMR.id(), "ru"));
    assertEquals(List.of("emr-labels", "emr-print"), ids(kb.search(Fixtures.HOSPITAL_REQUESTER,
        KnowledgeQuery.of("печать").inLocale("ru"))).stream().sorted().toList());
    SearchHit why = kb.search(Fixtures.HOSPITAL_REQUESTER, KnowledgeQuery.of("принтер печатает плохо")).hits().get(0);
    assertEquals(List.of("принтер", "печатает"), why.matched(), "the reader's own words it matched");
  }

  @Test
  void aReaderNeverFindsWhatTheyMayNotReadNotEvenInACount() {
    published("public", ArticleDraft.of("Сброс пароля МИС", "Пароль сбрасывают на портале.", Fixtures.EMR.id(), "ru"));
    published("hospital-only", ArticleDraft.of("Пароль МИС больницы", "Пароль выдаёт отдел кадров больницы.",
        Fixtures.EMR.id(), "ru").forOrganisations(Fixtures.HOSPITAL.id()));
    published("internal", ArticleDraft.of("Пароль администратора МИС", "Пароль в сейфе, вторая полка.",
        Fixtures.EMR.id(), "ru").internal());
    kb.create(Fixtures.EMR_AGENT, "draft", ArticleDraft.of("Пароль черновик", "Пароль", Fixtures.EMR.id(), "ru"),
        "черновик");

    KnowledgeQuery password = KnowledgeQuery.of("пароль");
    assertEquals(List.of("hospital-only", "internal", "public"), sorted(kb.search(Fixtures.EMR_AGENT, password)));
    assertEquals(List.of("hospital-only", "public"), sorted(kb.search(Fixtures.HOSPITAL_REQUESTER, password)));
    SearchResults boiler = kb.search(Fixtures.BOILER_REQUESTER, password);
    assertEquals(List.of("public"), ids(boiler));
    assertEquals(1, boiler.total());
    assertEquals(Optional.empty(), kb.read(Fixtures.BOILER_REQUESTER, "internal"));
    assertEquals(Optional.empty(), kb.read(Fixtures.BOILER_REQUESTER, "hospital-only"));
    assertEquals(Optional.empty(), kb.read(Fixtures.BOILER_REQUESTER, "no-such-article"), "answered alike");
  }

  @Test
  void suggestionsRankTheRequestsCategoryHigherAndSayWhy() {
    published("emr-print", printer());
    published("heat-print", ArticleDraft.of("Печать квитанций котельной", "Печать квитанций идёт с принтера"
        + " диспетчера.", Fixtures.HEATING.id(), "ru"));
    List<SearchHit> forEmr = kb.suggest(Fixtures.HOSPITAL_REQUESTER,
        "Добрый день! У нас в регистратуре принтер перестал печатать направления, помогите", Fixtures.EMR.id(), "ru",
        5);
    assertEquals("emr-print", forEmr.get(0).articleId());
    assertTrue(forEmr.get(0).sameCategory());
    assertTrue(forEmr.get(0).matched().containsAll(List.of("принтер", "печатать")), forEmr.get(0).toString());
    List<SearchHit> forHeat = kb.suggest(Fixtures.BOILER_REQUESTER, "не идёт печать квитанций",
        Fixtures.HEATING.id(), null, 5);
    assertEquals("heat-print", forHeat.get(0).articleId());
  }

  @Test
  void anotherNodeFindsWhatThisOneWroteAfterItsRefresh() {
    KnowledgeBase other = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();
    published("emr-print", printer());
    assertEquals(0, other.search(Fixtures.EMR_AGENT, KnowledgeQuery.of("принтер")).total());
    assertEquals(2, other.refresh());
    assertEquals(List.of("emr-print"), ids(other.search(Fixtures.EMR_AGENT, KnowledgeQuery.of("принтер"))));
    assertEquals(0, other.refresh(), "nothing new");
  }

  @Test
  void aRebuildFindsWhatTheOldIndexFoundAndMore() {
    published("emr-print", printer());
    SearchResults before = kb.search(Fixtures.EMR_AGENT, KnowledgeQuery.of("принтер"));
    kb.rebuild();
    assertEquals(ids(before), ids(kb.search(Fixtures.EMR_AGENT, KnowledgeQuery.of("принтер"))));
    published("emr-print-2", printer().withText("Второй принтер", "Печать на втором принтере"));
    assertEquals(2, kb.search(Fixtures.EMR_AGENT, KnowledgeQuery.of("принтер")).total(), "the new index is fed");
  }

  private static String top(SearchResults results) {
    assertTrue(results.total() > 0, "nothing found");
    return results.hits().get(0).articleId();
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::articleId).toList();
  }

  private static List<String> sorted(SearchResults results) {
    return ids(results).stream().sorted().toList();
  }
}
