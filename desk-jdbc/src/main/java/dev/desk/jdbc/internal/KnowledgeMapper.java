package dev.desk.jdbc.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The knowledge base's statements; every value a bound parameter. */
public interface KnowledgeMapper {

  @Select("SELECT MAX(revision_number) FROM desk_article_revision WHERE article_id = #{articleId}")
  Integer latestNumber(@Param("articleId") String articleId);

  @Insert("INSERT INTO desk_article_revision (article_id, revision_number, content, made_at) VALUES (#{articleId},"
      + " #{number}, #{content}, #{madeAt})")
  void insert(RevisionRow row);

  @Select("SELECT revision_position AS position, article_id AS articleId, revision_number AS number, content,"
      + " made_at AS madeAt FROM desk_article_revision WHERE article_id = #{articleId} AND revision_number = #{number}")
  RevisionRow revision(@Param("articleId") String articleId, @Param("number") int number);

  @Select("SELECT revision_position AS position, article_id AS articleId, revision_number AS number, content,"
      + " made_at AS madeAt FROM desk_article_revision WHERE article_id = #{articleId} ORDER BY revision_number DESC"
      + " LIMIT 1")
  RevisionRow latest(@Param("articleId") String articleId);

  @Select("SELECT revision_position AS position, article_id AS articleId, revision_number AS number, content,"
      + " made_at AS madeAt FROM desk_article_revision WHERE article_id = #{articleId} ORDER BY revision_number")
  List<RevisionRow> history(@Param("articleId") String articleId);

  @Select("SELECT revision_position AS position, article_id AS articleId, revision_number AS number, content,"
      + " made_at AS madeAt FROM desk_article_revision WHERE revision_position > #{after} ORDER BY revision_position"
      + " LIMIT #{limit}")
  List<RevisionRow> after(@Param("after") long after, @Param("limit") int limit);

  @Insert("INSERT INTO desk_suggestion_event (session_id, step, occurred_at, actor_id, article_id, revision_number,"
      + " suggestion_rank) VALUES (#{sessionId}, #{step}, #{occurredAt}, #{actorId}, #{articleId}, #{revision},"
      + " #{rank})")
  void insertSuggestion(SuggestionRow row);

  @Select("SELECT event_position AS position, session_id AS sessionId, step, occurred_at AS occurredAt,"
      + " actor_id AS actorId, article_id AS articleId, revision_number AS revision, suggestion_rank AS rank FROM desk_suggestion_event WHERE session_id = #{sessionId} ORDER BY event_position")
  List<SuggestionRow> session(@Param("sessionId") String sessionId);

  @Select("SELECT event_position AS position, session_id AS sessionId, step, occurred_at AS occurredAt,"
      + " actor_id AS actorId, article_id AS articleId, revision_number AS revision, suggestion_rank AS rank FROM desk_suggestion_event WHERE event_position > #{after} ORDER BY event_position"
      + " LIMIT #{limit}")
  List<SuggestionRow> suggestionsAfter(@Param("after") long after, @Param("limit") int limit);
}
