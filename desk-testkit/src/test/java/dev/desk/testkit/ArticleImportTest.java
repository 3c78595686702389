package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.knowledge.ArticleFile;
import dev.desk.core.knowledge.ImportedArticle;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles from files: Markdown with a front matter or YAML; importing again writes only what changed. */
final class ArticleImportTest {

  private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
  private final KnowledgeBase kb = KnowledgeBase.builder(store, Fixtures.directory())
      .clock(FakeClock.at("2026-03-16T09:00:00+03:00")).build();

  private static final String MARKDOWN = """
      ---
      id: emr-print
      title: "МИС не печатает: что проверить"
      category: emr
      locale: ru
      tags: [печать, принтер]
      ---
      Проверьте, что принтер выбран по умолчанию.

      Очистите очередь печати.
      """;

  private static ArticleFile read(String text) {
    return ArticleFile.read(new StringReader(text), "emr-print.md");
  }

  @Test
  void aMarkdownFileIsPublishedAndImportingItAgainWritesNothing() {
    ArticleFile file = read(MARKDOWN);
    assertEquals("Проверьте, что принтер выбран по умолчанию.\n\nОчистите очередь печати.", file.draft().body());
    assertEquals(ArticleVisibility.PUBLIC, file.draft().visibility());

    assertEquals(new ImportedArticle("emr-print", 2, ImportedArticle.Change.CREATED),
        kb.importArticle(Fixtures.EMR_AGENT, file, "импорт базы"));
    assertEquals(ArticleState.PUBLISHED, store.latest("emr-print").orElseThrow().state());
    assertEquals(new ImportedArticle("emr-print", 2, ImportedArticle.Change.UNCHANGED),
        kb.importArticle(Fixtures.EMR_AGENT, read(MARKDOWN), "импорт базы"));

    ImportedArticle edited = kb.importArticle(Fixtures.EMR_AGENT,
        read(MARKDOWN.replace("Очистите", "Затем очистите")), "импорт базы");
    assertEquals(new ImportedArticle("emr-print", 3, ImportedArticle.Change.REVISED), edited);
    assertEquals(ArticleState.PUBLISHED, store.latest("emr-print").orElseThrow().state(), "an edit stays published");
  }

  @Test
  void aYamlFileCarriesItsTextUnderBodyAndMayStayADraft() {
    ArticleFile file = read("""
        id: emr-print-staff
        title: Печать для персонала
        category: emr
        locale: ru
        visibility: organisations
        organisations: [gkb-1]
        state: draft
        body: |
          Только для сотрудников больницы.
        """);
    assertEquals(ArticleVisibility.ORGANISATIONS, file.draft().visibility());
    ImportedArticle imported = kb.importArticle(Fixtures.EMR_AGENT, file, "импорт базы");
    assertEquals(1, imported.revision());
    assertEquals(ArticleState.DRAFT, store.latest("emr-print-staff").orElseThrow().state());
  }

  @Test
  void aBrokenFileIsNamedByLineAndABrokenArticleByFieldAndNothingIsStored() {
    DeskException unclosed = assertThrows(DeskException.class, () -> read("---\nid: x\ntitle: y\n"));
    assertEquals(ErrorCode.CONFIGURATION_INVALID, unclosed.code());
    assertTrue(unclosed.getMessage().contains("never closed"), unclosed.getMessage());
    DeskException unknownKey = assertThrows(DeskException.class, () -> read("---\nid: x\nauthor: y\n---\ntext"));
    assertTrue(unknownKey.getMessage().contains("line 2"), unknownKey.getMessage());
    assertThrows(DeskException.class, () -> read("---\ntitle: no id\n---\ntext"));

    ValidationException bad = assertThrows(ValidationException.class, () -> kb.importArticle(Fixtures.EMR_AGENT,
        read(MARKDOWN.replace("category: emr", "category: plumbing").replace("locale: ru", "locale: de")),
        "импорт базы"));
    assertEquals(List.of("category", "locale"), bad.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(), store.after(0, 10), "nothing stored");
  }
}
