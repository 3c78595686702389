package dev.desk.core.knowledge;

import java.util.List;

/**
 * An article found, with why: the words of the question it matched (as the reader wrote them)
 * and whether it is of the category asked about.
 *
 * @param articleId the article's id
 * @param revision its latest published revision
 * @param title its title
 * @param category its category
 * @param locale its language
 * @param score how well it matched (BM25, with the category's weight), only to order hits
 * @param matched the reader's words it matched
 * @param sameCategory whether it is of the category the reader's request is in
 * @param resolvedTickets how many tickets answers with it resolved (suggestions rank it by that too)
 */
public record SearchHit(String articleId, int revision, String title, String category, String locale, double score,
    List<String> matched, boolean sameCategory, long resolvedTickets) {

  /** Copies the words. */
  public SearchHit {
    matched = List.copyOf(matched);
  }
}
