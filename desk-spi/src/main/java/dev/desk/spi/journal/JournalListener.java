package dev.desk.spi.journal;

/**
 * Follows the journal of all tickets in the order of its global position: read models, search
 * indexes, reports. Every method has a default, so a listener implements only what it needs and
 * a new method never breaks it. A listener is called from the thread that polls its follower, one
 * call at a time.
 */
public interface JournalListener {

  /** The next event; a listener that keeps its position can resume from {@link PositionedEvent#position()}. */
  default void onEvent(PositionedEvent event) {}

  /** Every event up to {@code position} was delivered and there was nothing more to read just now. */
  default void onCaughtUp(long position) {}
}
