package dev.desk.spi.storage;

import java.util.Objects;

/**
 * A change to a named counter that a commit makes with its events: a count that decisions read,
 * which several processes must agree on (an agent's open tickets, weighted load), kept in the store
 * so that it is right however many nodes share the database. A counter that was never changed is 0.
 *
 * @param name the counter's name, such as {@code "routing.open:petrov"}
 * @param delta what to add (negative to take away)
 * @param ceiling when not {@code null}, the most the counter may hold after the change: a commit
 *     that would pass it fails as stale and writes nothing (an agent at capacity)
 */
public record CounterChange(String name, long delta, Long ceiling) {

  /** Rejects a missing or overlong name. */
  public CounterChange {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 128) {
      throw new IllegalArgumentException("a counter name is 1 to 128 characters: " + name);
    }
  }
}
