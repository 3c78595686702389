package dev.desk.core.routing;

import dev.desk.spi.ticket.SupportLine;
import java.util.Objects;
import java.util.Set;

/**
 * A team with a competence.
 *
 * @param id a stable id ({@code emr-l1})
 * @param line the support line it works in
 * @param categories the categories it is competent for
 * @param onDutyCalendar the calendar of its duty hours, or {@code null} for around the clock
 * @param lead the agent or person who leads it, or {@code null}
 */
public record Group(String id, SupportLine line, Set<String> categories, String onDutyCalendar, String lead) {

  /** Rejects missing parts; copies the categories. */
  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(line, "line");
    categories = Set.copyOf(categories);
  }
}
