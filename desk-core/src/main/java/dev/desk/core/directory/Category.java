package dev.desk.core.directory;

import dev.desk.spi.ticket.Urgency;
import java.util.Objects;

/**
 * An area of competence.
 *
 * @param id a stable id ({@code emr}, {@code heating})
 * @param name the name people read
 * @param firstLineGroup the group of the first line that takes new tickets of this category
 * @param defaultUrgency the urgency of a new ticket when the caller names none
 */
public record Category(String id, String name, String firstLineGroup, Urgency defaultUrgency) {

  /** Rejects missing parts. */
  public Category {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(firstLineGroup, "firstLineGroup");
    Objects.requireNonNull(defaultUrgency, "defaultUrgency");
  }
}
