package dev.desk.jdbc;

import dev.desk.jdbc.internal.KnowledgeMapper;
import dev.desk.jdbc.internal.RevisionRow;
import dev.desk.jdbc.internal.Sessions;
import dev.desk.jdbc.internal.SuggestionRow;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.KnowledgeStore;
import dev.desk.spi.knowledge.StoredRevision;
import dev.desk.spi.knowledge.StoredSuggestionEvent;
import dev.desk.spi.knowledge.SuggestionEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * The knowledge base's articles in {@code desk_article_revision} and what readers did with its
 * suggestions in {@code desk_suggestion_event}, beside the tickets in the same
 * database: get it from {@link JdbcTicketStore#knowledge()}. Thread-safe; several processes may
 * share the database.
 */
public final class JdbcKnowledgeStore implements KnowledgeStore {

  private final Sessions sessions;
  private final String where;

  JdbcKnowledgeStore(Sessions sessions, String where) {
    this.sessions = sessions;
    this.where = where;
  }

  @Override
  public StoredRevision append(ArticleRevision revision) {
    Objects.requireNonNull(revision, "revision");
    RevisionRow row = RevisionRow.of(revision);
    try (SqlSession session = sessions.open()) {
      KnowledgeMapper m = session.getMapper(KnowledgeMapper.class);
      Integer latest = m.latestNumber(revision.articleId());
      int before = latest == null ? 0 : latest;
      if (before != revision.number() - 1) {
        throw new StaleVersionException("article " + revision.articleId(), revision.number() - 1, before);
      }
      // two authors storing the same next revision: the unique (article, number) lets one in
      m.insert(row);
      RevisionRow stored = m.revision(revision.articleId(), revision.number());
      session.commit();
      return new StoredRevision(stored.position, revision);
    } catch (PersistenceException e) {
      if (JdbcTicketStore.isConstraintViolation(e)) {
        throw new StaleVersionException("article " + revision.articleId(), revision.number() - 1, -1);
      }
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot store revision " + revision.number() + " of article "
          + revision.articleId() + " on " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ArticleRevision> revision(String articleId, int number) {
    return read(m -> Optional.ofNullable(m.revision(articleId, number)).map(RevisionRow::revision));
  }

  @Override
  public Optional<ArticleRevision> latest(String articleId) {
    return read(m -> Optional.ofNullable(m.latest(articleId)).map(RevisionRow::revision));
  }

  @Override
  public List<ArticleRevision> history(String articleId) {
    return read(m -> m.history(articleId).stream().map(RevisionRow::revision).toList());
  }

  @Override
  public List<StoredRevision> after(long position, int limit) {
    return limit <= 0 ? List.of() : read(m -> m.after(position, limit).stream().map(RevisionRow::stored).toList());
  }

  @Override
  public void record(List<SuggestionEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a suggestion session records at least one event");
    }
    List<SuggestionRow> rows = events.stream().map(SuggestionRow::of).toList();
    try (SqlSession session = sessions.batch()) {
      KnowledgeMapper m = session.getMapper(KnowledgeMapper.class);
      rows.forEach(m::insertSuggestion);
      session.commit();
    } catch (PersistenceException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot store suggestion session "
          + events.get(0).sessionId() + " on " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<SuggestionEvent> session(String sessionId) {
    return read(m -> m.session(sessionId).stream().map(SuggestionRow::event).toList());
  }

  @Override
  public List<StoredSuggestionEvent> suggestionsAfter(long position, int limit) {
    return limit <= 0 ? List.of()
        : read(m -> m.suggestionsAfter(position, limit).stream().map(SuggestionRow::stored).toList());
  }

  private <T> T read(Function<KnowledgeMapper, T> query) {
    try (SqlSession session = sessions.open()) {
      return query.apply(session.getMapper(KnowledgeMapper.class));
    } catch (PersistenceException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot read articles on " + where + ": " + e.getMessage(), e);
    }
  }
}
