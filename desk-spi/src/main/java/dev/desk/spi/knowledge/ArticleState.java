package dev.desk.spi.knowledge;

/** Where an article is in its life: only a published one is found by requesters and suggested. */
public enum ArticleState {
  /** Being written; staff see it, nobody is sent it. */
  DRAFT,
  /** Found, suggested and linked in answers. */
  PUBLISHED,
  /** Kept for the answers that link it, no longer found or suggested. */
  ARCHIVED
}
