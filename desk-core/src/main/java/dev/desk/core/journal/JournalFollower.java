package dev.desk.core.journal;

import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.storage.JournalFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Feeds a {@link JournalListener} the journal of all tickets in position order, from a position
 * the listener chose, one batch per {@link #poll()}, or all there is per {@link #catchUp()}: the
 * host calls it from its own scheduler (or desk's runner does). Positions are taken when a commit writes, so a lower one may become
 * readable after a higher one: at a hole the follower waits, and passes over it only when it has
 * stayed empty for the grace time (a commit that failed leaves its positions unused for good).
 *
 * <p>Not thread-safe: one thread polls a follower.
 */
public final class JournalFollower {

  /** How long a hole in the positions is waited for by default. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  private final JournalFeed feed;
  private final JournalListener listener;
  private final Clock clock;
  private final Duration grace;
  private final int batch;
  private long position;
  private long holeAt;
  private Instant holeSeenAt;

  /**
   * A follower.
   *
   * @param after the last position the listener has seen; 0 for the whole journal
   * @param grace how long a hole is waited for
   * @param batch events read per poll, at most
   */
  public JournalFollower(JournalFeed feed, JournalListener listener, Clock clock, long after, Duration grace,
      int batch) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.grace = Objects.requireNonNull(grace, "grace");
    if (after < 0 || batch < 1 || grace.isNegative()) {
      throw new IllegalArgumentException("after >= 0, batch >= 1 and a grace of zero or more, not " + after + ", "
          + batch + ", " + grace);
    }
    this.position = after;
    this.batch = batch;
  }

  /** The last position delivered. */
  public long position() {
    return position;
  }

  /**
   * Reads the next batch and delivers it in order, up to the first hole that is still within its
   * grace time.
   *
   * @return how many events were delivered
   */
  public int poll() {
    List<PositionedEvent> read = feed.journalAfter(position, batch);
    int delivered = 0;
    for (PositionedEvent e : read) {
      if (e.position() != position + 1 && !givenUp(position + 1)) {
        return delivered; // a commit may still be writing the positions between: wait for them
      }
      listener.onEvent(e);
      position = e.position();
      holeSeenAt = null;
      delivered++;
    }
    if (read.size() < batch) {
      listener.onCaughtUp(position);
    }
    return delivered;
  }

  /**
   * Polls batch after batch while each comes full, so a follower run at an interval keeps up with
   * any rate without a query per handful of events: one call per interval reads what the
   * interval wrote, in full batches, and stops at the first batch that is not full or at a hole.
   *
   * @return how many events were delivered
   */
  public int catchUp() {
    int delivered = 0;
    for (int read = poll(); ; read = poll()) {
      delivered += read;
      if (read < batch) {
        return delivered;
      }
    }
  }

  /** Whether the hole starting at {@code at} has stayed empty for the grace time. */
  private boolean givenUp(long at) {
    Instant now = clock.instant();
    if (holeSeenAt == null || holeAt != at) {
      holeAt = at;
      holeSeenAt = now;
    }
    return !now.isBefore(holeSeenAt.plus(grace));
  }
}
