package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.ArticleView;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.KnowledgeQuery;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.knowledge.SearchResults;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * For random articles, edits, readers and questions: a reader finds only what they may read and
 * counts nothing else; an index fed bit by bit, one caught up from another node and one rebuilt
 * from the store answer alike; a revision once published never changes.
 */
final class KnowledgeBaseProperties {

  /** Words in several forms each, so searches meet articles through morphology too. */
  private static final String[][] WORDS = {
      {"принтер", "принтеры", "принтера"}, {"печать", "печатает", "печати"}, {"пароль", "пароли", "паролем"},
      {"давление", "давления", "давлением"}, {"котёл", "котла", "котлы"}, {"сеть", "сети", "сетевой"},
      {"printer", "printers", "printing"}, {"password", "passwords", "password"}};
  private static final List<Actor> READERS = List.of(Fixtures.HOSPITAL_REQUESTER, Fixtures.BOILER_REQUESTER,
      Fixtures.EMR_AGENT);

  /** One step of a script, decoded from a number so that QuickTheories can shrink scripts. */
  private record Step(int op, int article, int visibility, int organisations, int word1, int word2) {
    static Step of(int v) {
      int w = WORDS.length;
      return new Step(v % 4, (v / 4) % 4, (v / 16) % 3, (v / 48) % 3, (v / 144) % w, (v / 144 / w) % w);
    }

    ArticleDraft draft() {
      String a = WORDS[word1][0];
      String b = WORDS[word2][1];
      boolean english = a.matches("[a-z]+");
      ArticleDraft d = ArticleDraft.of(a + " " + b, "Если " + WORDS[word1][2] + " и " + b + ": решение.",
          word1 % 2 == 0 ? Fixtures.EMR.id() : Fixtures.HEATING.id(), english ? "en" : "ru");
      return switch (visibility) {
        case 0 -> d;
        case 1 -> d.internal();
        default -> d.forOrganisations(switch (organisations) {
          case 0 -> new String[] {Fixtures.HOSPITAL.id()};
          case 1 -> new String[] {Fixtures.BOILER_HOUSE.id()};
          default -> new String[] {Fixtures.HOSPITAL.id(), Fixtures.BOILER_HOUSE.id()};
        });
      };
    }
  }

  @Test
  void readersFindOnlyWhatTheyMayReadFollowersAndRebuildsAgreeAndPublishedRevisionsStay() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30))
        .checkAssert(numbers -> {
          FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
          InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
          KnowledgeBase writer = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();
          KnowledgeBase follower = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();
          Map<String, ArticleView> sent = new HashMap<>();
          for (int v : numbers) {
            clock.advance(Duration.ofMinutes(1));
            run(writer, store, Step.of(v), sent);
          }
          follower.refresh();
          KnowledgeBase rebuilt = KnowledgeBase.builder(store, Fixtures.directory()).clock(clock).build();
          for (String[] forms : WORDS) {
            for (String word : forms) {
              KnowledgeQuery q = KnowledgeQuery.of(word).limit(KnowledgeQuery.MAX_LIMIT);
              SearchResults everything = writer.search(Fixtures.SUPERVISOR, q);
              for (Actor reader : READERS) {
                SearchResults found = writer.search(reader, q);
                for (SearchHit hit : found.hits()) {
                  ArticleRevision latest = store.latest(hit.articleId()).orElseThrow();
                  assertEquals(ArticleState.PUBLISHED, latest.state(), hit.toString());
                  assertTrue(reader.role() != ActorRole.REQUESTER
                      || latest.readableBy(reader.organisationId()), reader + " found " + hit);
                }
                long readable = everything.hits().stream().filter(h -> reader.role()
                    != ActorRole.REQUESTER || store.latest(h.articleId()).orElseThrow()
                    .readableBy(reader.organisationId())).count();
                assertEquals(readable, found.total(), reader + " counts only what they may read: " + word);
                // scores follow each index's statistics (an edited one still counts what it replaced): compare what is found
                assertEquals(found(found), found(follower.search(reader, q)), "a follower caught up: " + word);
                assertEquals(found(found), found(rebuilt.search(reader, q)), "rebuilt from the store: " + word);
              }
            }
          }
          sent.forEach((key, view) -> assertEquals(Optional.of(view), writer.read(Fixtures.SUPERVISOR,
              view.articleId(), view.revision()), "a published revision stays as it was sent: " + key));
          writer.close();
          follower.close();
          rebuilt.close();
        });
  }

  private static void run(KnowledgeBase kb, InMemoryKnowledgeStore store, Step step, Map<String, ArticleView> sent) {
    String id = "a-" + step.article();
    Optional<ArticleRevision> latest = store.latest(id);
    if (latest.isEmpty()) {
      kb.create(Fixtures.EMR_AGENT, id, step.draft(), "новая статья");
      return;
    }
    int n = latest.get().number();
    ArticleRevision made = switch (step.op()) {
      case 0, 1 -> kb.revise(Fixtures.EMR_AGENT, id, n, step.draft(), "правка");
      case 2 -> kb.publish(Fixtures.SUPERVISOR, id, n, "проверено");
      default -> kb.archive(Fixtures.SUPERVISOR, id, n, "устарела");
    };
    if (made.state() == ArticleState.PUBLISHED) {
      sent.put(id + "@" + made.number(), kb.read(Fixtures.SUPERVISOR, id, made.number()).orElseThrow());
    }
  }

  /** What a search found, without the scores: how many, and which revisions. */
  private static Map<String, Object> found(SearchResults results) {
    return Map.of("total", results.total(), "hits", results.hits().stream()
        .map(h -> h.articleId() + "@" + h.revision() + " " + h.matched()).sorted().toList());
  }
}
