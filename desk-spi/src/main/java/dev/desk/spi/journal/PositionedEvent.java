package dev.desk.spi.journal;

import java.util.Objects;

/**
 * A journal event with its place in the journal of all tickets.
 *
 * @param position the global position, from 1; it only grows (see {@link
 *     dev.desk.spi.storage.JournalFeed} for how a follower reads it)
 * @param event the event
 */
public record PositionedEvent(long position, JournalEvent event) {

  /** Rejects positions below 1 and a missing event. */
  public PositionedEvent {
    Objects.requireNonNull(event, "event");
    if (position < 1) {
      throw new IllegalArgumentException("journal positions start at 1: " + position);
    }
  }
}
