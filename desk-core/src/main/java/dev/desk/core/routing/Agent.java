package dev.desk.core.routing;

import dev.desk.spi.ticket.SupportLine;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A specialist who takes tickets.
 *
 * @param id a stable id, the one tickets name as assignee
 * @param groups the groups they work in, at least one
 * @param line their support line
 * @param skills what they can do (category ids or finer skills)
 * @param languages the languages they speak ({@code ru}, {@code en})
 * @param shiftCalendar the calendar of their shifts, or {@code null} for around the clock
 * @param capacity how many open tickets they may hold at once
 */
public record Agent(String id, List<String> groups, SupportLine line, Set<String> skills, Set<String> languages,
    String shiftCalendar, int capacity) {

  /** Rejects missing parts; copies the collections. */
  public Agent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(line, "line");
    groups = List.copyOf(groups);
    skills = Set.copyOf(skills);
    languages = Set.copyOf(languages);
  }
}
