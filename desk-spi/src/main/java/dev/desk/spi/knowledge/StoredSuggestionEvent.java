package dev.desk.spi.knowledge;

import java.util.Objects;

/**
 * A suggestion event with its position in the store: positions only grow, in the order events
 * were stored, so a read model can follow them from any point.
 *
 * @param position the event's place in the store, from 1
 * @param event the event
 */
public record StoredSuggestionEvent(long position, SuggestionEvent event) {

  /** Checks the position and the event. */
  public StoredSuggestionEvent {
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1, not " + position);
    }
    Objects.requireNonNull(event, "event");
  }
}
