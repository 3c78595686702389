package dev.desk.spi.knowledge;

import java.util.Objects;

/**
 * A revision with its position in the store: positions only grow, in the order revisions were
 * stored, so a reader can follow the store from any point (as read models follow the journal).
 *
 * @param position the revision's place in the store, from 1
 * @param revision the revision
 */
public record StoredRevision(long position, ArticleRevision revision) {

  /** Checks the position and the revision. */
  public StoredRevision {
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1, not " + position);
    }
    Objects.requireNonNull(revision, "revision");
  }
}
