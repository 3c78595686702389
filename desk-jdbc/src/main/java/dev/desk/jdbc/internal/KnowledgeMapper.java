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
}
