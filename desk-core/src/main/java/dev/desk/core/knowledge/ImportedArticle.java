package dev.desk.core.knowledge;

/**
 * What importing a file did to its article.
 *
 * @param articleId the article
 * @param revision its latest revision after the import
 * @param change created, revised or unchanged
 */
public record ImportedArticle(String articleId, int revision, Change change) {

  /** What happened to the article. */
  public enum Change {
    /** A new article. */
    CREATED,
    /** A known article got new revisions (text, rules or state). */
    REVISED,
    /** The file says what the article's latest revision says: nothing was written. */
    UNCHANGED
  }
}
