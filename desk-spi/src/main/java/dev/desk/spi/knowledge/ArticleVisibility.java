package dev.desk.spi.knowledge;

/** Who may read an article. Staff read every article. */
public enum ArticleVisibility {
  /** Everyone, requesters of every organisation included. */
  PUBLIC,
  /** Requesters of the organisations the article names. */
  ORGANISATIONS,
  /** Staff only. */
  INTERNAL
}
