package dev.desk.core.store;

import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.KnowledgeStore;
import dev.desk.spi.knowledge.StoredRevision;
import dev.desk.spi.knowledge.StoredSuggestionEvent;
import dev.desk.spi.knowledge.SuggestionEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles in memory, for tests, demos and hosts that load their base at start. Thread-safe: one
 * lock, since revisions are few and rare beside tickets.
 */
public final class InMemoryKnowledgeStore implements KnowledgeStore {

  private final List<StoredRevision> log = new ArrayList<>();
  private final Map<String, List<ArticleRevision>> byArticle = new HashMap<>();
  private final List<StoredSuggestionEvent> suggestions = new ArrayList<>();
  private final Map<String, List<SuggestionEvent>> bySession = new HashMap<>();

  @Override
  public synchronized StoredRevision append(ArticleRevision revision) {
    Objects.requireNonNull(revision, "revision");
    List<ArticleRevision> history = byArticle.getOrDefault(revision.articleId(), List.of());
    if (revision.number() != history.size() + 1) {
      throw new StaleVersionException("article " + revision.articleId(), revision.number() - 1, history.size());
    }
    StoredRevision stored = new StoredRevision(log.size() + 1L, revision);
    log.add(stored);
    byArticle.computeIfAbsent(revision.articleId(), k -> new ArrayList<>()).add(revision);
    return stored;
  }

  @Override
  public synchronized Optional<ArticleRevision> revision(String articleId, int number) {
    List<ArticleRevision> history = byArticle.getOrDefault(articleId, List.of());
    return number >= 1 && number <= history.size() ? Optional.of(history.get(number - 1)) : Optional.empty();
  }

  @Override
  public synchronized Optional<ArticleRevision> latest(String articleId) {
    List<ArticleRevision> history = byArticle.getOrDefault(articleId, List.of());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  @Override
  public synchronized List<ArticleRevision> history(String articleId) {
    return List.copyOf(byArticle.getOrDefault(articleId, List.of()));
  }

  @Override
  public synchronized List<StoredRevision> after(long position, int limit) {
    int from = (int) Math.min(Math.max(position, 0), log.size());
    return List.copyOf(log.subList(from, Math.min(log.size(), from + Math.max(limit, 0))));
  }

  @Override
  public synchronized void record(List<SuggestionEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a suggestion session records at least one event");
    }
    List.copyOf(events); // all or none: no null among them
    for (SuggestionEvent e : events) {
      suggestions.add(new StoredSuggestionEvent(suggestions.size() + 1L, e));
      bySession.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(e);
    }
  }

  @Override
  public synchronized List<SuggestionEvent> session(String sessionId) {
    return List.copyOf(bySession.getOrDefault(sessionId, List.of()));
  }

  @Override
  public synchronized List<StoredSuggestionEvent> suggestionsAfter(long position, int limit) {
    int from = (int) Math.min(Math.max(position, 0), suggestions.size());
    return List.copyOf(suggestions.subList(from, Math.min(suggestions.size(), from + Math.max(limit, 0))));
  }
}
