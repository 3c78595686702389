package dev.desk.spi.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Where the knowledge base keeps its articles: every revision, appended and never changed.
 * Implementations must be thread-safe, and several processes may share one store: two authors
 * revising the same article at once do not both succeed. desk-testkit's {@code
 * KnowledgeStoreContract} is the compatibility suite.
 */
public interface KnowledgeStore {

  /**
   * Appends a revision: revision 1 of a new article, or the one after the article's latest.
   *
   * @return the revision with the position the store gave it
   * @throws dev.desk.spi.error.StaleVersionException when the article's latest revision is not
   *     the one before (someone else revised it first, or a first revision of an article that exists)
   */
  StoredRevision append(ArticleRevision revision);

  /** A revision of an article, as it was stored. */
  Optional<ArticleRevision> revision(String articleId, int number);

  /** The article's latest revision. */
  Optional<ArticleRevision> latest(String articleId);

  /** Every revision of the article, oldest first; empty for no such article. */
  List<ArticleRevision> history(String articleId);

  /**
   * Revisions stored after a position, in the order of their positions, at most {@code limit}. A
   * revision being stored may become readable after one with a higher position: readers that
   * follow the store step over such a hole only once it is old.
   */
  List<StoredRevision> after(long position, int limit);

  /**
   * Appends the events of a suggestion session, all or none, in their order.
   *
   * @throws IllegalArgumentException when the list is empty
   */
  void record(List<SuggestionEvent> events);

  /** Every event of a session, in the order stored; empty for an unknown session. */
  List<SuggestionEvent> session(String sessionId);

  /**
   * Suggestion events stored after a position, in the order of their positions, at most {@code
   * limit}; a reader follows them the way it follows {@link #after revisions}.
   */
  List<StoredSuggestionEvent> suggestionsAfter(long position, int limit);
}
