package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import dev.desk.spi.knowledge.KnowledgeStore;
import dev.desk.spi.knowledge.StoredRevision;
import dev.desk.spi.knowledge.StoredSuggestionEvent;
import dev.desk.spi.knowledge.SuggestionEvent;
import dev.desk.spi.knowledge.SuggestionStep;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The knowledge store compatibility suite: extend it with a {@link #newStore()} of your store.
 * Revisions come back exactly as stored, are numbered without gaps, never overwritten (two
 * authors revising at once: one wins), and can be followed by position; suggestion sessions
 * likewise.
 */
public abstract class KnowledgeStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-16T06:00:00Z");

  /** A new, empty store. */
  protected abstract KnowledgeStore newStore();

  /** A revision of an article with text that tries every store's limits. */
  public static ArticleRevision revision(String articleId, int number, ArticleState state) {
    return new ArticleRevision(articleId, number, "Принтер не печатает: «замятие бумаги» 😀 #" + number,
        "1. Откройте крышку.\n2. Извлеките лист.\n\n" + "Если ошибка 0x5F осталась — позвоните. ".repeat(2_000),
        "printing", List.of("принтер", "печать", "paper jam"), "ru", ArticleVisibility.ORGANISATIONS,
        Set.of("city-hospital-1", "bh-7"), state, "petrov", "первая редакция; '; DROP TABLE x; --",
        T0.plusSeconds(number), number == 1 ? TicketId.parse("019cf53a-d700-7000-8283-a0ac7d80dbba") : null);
  }

  @Test
  void revisionsComeBackExactlyAsStored() {
    KnowledgeStore store = newStore();
    ArticleRevision first = revision("a-1", 1, ArticleState.DRAFT);
    ArticleRevision second = new ArticleRevision("a-1", 2, "Printer does not print", "Open the cover.", "printing",
        List.of(), "en", ArticleVisibility.PUBLIC, Set.of(), ArticleState.PUBLISHED, "head", "published",
        T0.plusSeconds(60), null);
    store.append(first);
    store.append(second);
    assertEquals(Optional.of(first), store.revision("a-1", 1));
    assertEquals(Optional.of(second), store.revision("a-1", 2));
    assertEquals(Optional.of(second), store.latest("a-1"));
    assertEquals(List.of(first, second), store.history("a-1"));
    assertEquals(Optional.empty(), store.revision("a-1", 3));
    assertEquals(Optional.empty(), store.revision("a-1", 0));
    assertEquals(Optional.empty(), store.latest("no-such-article"));
    assertEquals(List.of(), store.history("no-such-article"));
  }

  @Test
  void aRevisionFollowsTheLatestOrIsRefusedAndNothingIsOverwritten() {
    KnowledgeStore store = newStore();
    store.append(revision("a-1", 1, ArticleState.DRAFT));
    assertThrows(StaleVersionException.class, () -> store.append(revision("a-1", 1, ArticleState.PUBLISHED)),
        "a first revision of an article that exists");
    assertThrows(StaleVersionException.class, () -> store.append(revision("a-1", 3, ArticleState.PUBLISHED)),
        "a revision after one that is not there");
    assertThrows(StaleVersionException.class, () -> store.append(revision("a-2", 2, ArticleState.DRAFT)),
        "a second revision of an article that does not exist");
    assertEquals(List.of(revision("a-1", 1, ArticleState.DRAFT)), store.history("a-1"));
    assertEquals(List.of(), store.history("a-2"));
  }

  @Test
  void twoAuthorsRevisingAtOnceDoNotBothSucceed() throws Exception {
    KnowledgeStore store = newStore();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        String id = "race-" + round;
        store.append(revision(id, 1, ArticleState.DRAFT));
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int author = 0; author < 4; author++) {
          Callable<Boolean> revise = () -> {
            try {
              store.append(revision(id, 2, ArticleState.PUBLISHED));
              return true;
            } catch (StaleVersionException lost) {
              return false;
            }
          };
          tries.add(pool.submit(revise));
        }
        int won = 0;
        for (Future<Boolean> f : tries) {
          won += f.get() ? 1 : 0;
        }
        assertEquals(1, won, "round " + round);
        assertEquals(2, store.history(id).size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStoreIsFollowedByPositionFromAnyPoint() {
    KnowledgeStore store = newStore();
    List<StoredRevision> stored = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      for (String id : List.of("a", "b")) {
        stored.add(store.append(revision(id, n, ArticleState.DRAFT)));
      }
    }
    List<StoredRevision> all = store.after(0, 100);
    assertEquals(stored, all, "every revision, in the order stored, with the positions append gave");
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i).position() > all.get(i - 1).position(), "positions only grow");
    }
    assertEquals(all.subList(3, 6), store.after(all.get(2).position(), 100), "from any point");
    assertEquals(all.subList(0, 2), store.after(0, 2), "at most the limit");
    assertEquals(List.of(), store.after(all.get(5).position(), 10), "nothing after the last");
  }

  private static SuggestionEvent step(String session, SuggestionStep step, int second, String article, int rank) {
    return new SuggestionEvent(session, step, T0.plusSeconds(second).plusNanos(123_456_789), "ivanova; '--",
        article, 2, rank);
  }

  @Test
  void suggestionSessionsComeBackAsStoredAndAreFollowedByPosition() {
    KnowledgeStore store = newStore();
    List<SuggestionEvent> shown = List.of(step("s-1", SuggestionStep.SHOWN, 0, "emr-print", 1),
        step("s-1", SuggestionStep.SHOWN, 0, "emr-login", 2));
    store.record(shown);
    store.record(List.of(step("s-2", SuggestionStep.SHOWN, 1, "emr-login", 1)));
    store.record(List.of(step("s-1", SuggestionStep.OPENED, 5, "emr-print", 1)));
    store.record(List.of(step("s-1", SuggestionStep.HELPED, 9, "emr-print", 1)));

    assertEquals(List.of(shown.get(0), shown.get(1), step("s-1", SuggestionStep.OPENED, 5, "emr-print", 1),
        step("s-1", SuggestionStep.HELPED, 9, "emr-print", 1)), store.session("s-1"), "the session, in order");
    assertEquals(List.of(), store.session("s-unknown"));
    List<StoredSuggestionEvent> all = store.suggestionsAfter(0, 100);
    assertEquals(5, all.size());
    assertEquals("s-2", all.get(2).event().sessionId(), "in the order stored");
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i).position() > all.get(i - 1).position(), "positions only grow");
    }
    assertEquals(all.subList(2, 5), store.suggestionsAfter(all.get(1).position(), 100), "from any point");
    assertEquals(all.subList(0, 2), store.suggestionsAfter(0, 2), "at most the limit");
    assertThrows(IllegalArgumentException.class, () -> store.record(List.of()), "a session records something");
  }
}
