package dev.desk.core.knowledge;

/**
 * A search of the knowledge base. The text is words, "quoted phrases" (all their words, in
 * order) and prefixes ({@code принт*}); words are read with Russian and English morphology.
 *
 * @param text what to look for
 * @param locale only articles in this language, or {@code null} for every language
 * @param category only articles of this category, or {@code null}
 * @param limit at most this many hits, 1 to {@value #MAX_LIMIT}
 */
public record KnowledgeQuery(String text, String locale, String category, int limit) {

  /** The most hits one search returns. */
  public static final int MAX_LIMIT = 100;

  /** A search of every language and category, for 10 hits. */
  public static KnowledgeQuery of(String text) {
    return new KnowledgeQuery(text, null, null, 10);
  }

  /** The same in one language. */
  public KnowledgeQuery inLocale(String value) {
    return new KnowledgeQuery(text, value, category, limit);
  }

  /** The same in one category. */
  public KnowledgeQuery inCategory(String value) {
    return new KnowledgeQuery(text, locale, value, limit);
  }

  /** The same with another limit. */
  public KnowledgeQuery limit(int value) {
    return new KnowledgeQuery(text, locale, category, value);
  }
}
