package dev.desk.core.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An article as a requester reads it: its text at one revision, and nothing of who wrote it,
 * why, or who else may read it.
 *
 * @param articleId the article's id
 * @param revision the revision shown
 * @param title the title
 * @param body the text
 * @param category the category's id
 * @param tags the tags
 * @param locale the language
 * @param updatedAt when this revision was made
 */
public record ArticleView(String articleId, int revision, String title, String body, String category,
    List<String> tags, String locale, Instant updatedAt) {

  /** Copies the tags. */
  public ArticleView {
    tags = List.copyOf(tags);
  }
}
