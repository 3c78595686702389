package dev.desk.spi.storage;

import dev.desk.spi.journal.PositionedEvent;
import java.util.List;

/**
 * The journal of all tickets in the order of a global position that only grows: every committed
 * event has one, assigned when it is written. A store offers it by implementing this interface too.
 *
 * <p>A position is taken when a commit writes, so when several commits run at once a lower
 * position may become readable after a higher one, and a commit that fails leaves its positions
 * unused for good. A follower therefore waits a little at a hole before it passes over it (desk's
 * {@code JournalFollower} does).
 */
public interface JournalFeed {

  /** Committed events with a position above {@code after}, in position order, at most {@code limit}. */
  List<PositionedEvent> journalAfter(long after, int limit);
}
