package dev.desk.core.report;

import dev.desk.core.internal.Messages;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a report's rows are grouped by: facts of the ticket, or the day, week or month of the figure. */
public enum Grouping {
  /** The ticket's category. */
  CATEGORY,
  /** Its urgency class. */
  URGENCY,
  /** The requester's organisation. */
  ORGANISATION,
  /** The group responsible. */
  GROUP,
  /** The agent responsible ({@code -} for none). */
  AGENT,
  /** The kind of request. */
  TYPE,
  /** The service contract ({@code -} for none). */
  SERVICE_CONTRACT,
  /** The defect's cause the latest resolution named ({@code -} for none). */
  CAUSE,
  /** The day, in the report's time zone ({@code 2026-03-02}). */
  DAY,
  /** The week, by its Monday. */
  WEEK,
  /** The month ({@code 2026-03}). */
  MONTH;

  /** The key of a figure for this grouping. */
  String key(Facts f, Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    return switch (this) {
      case CATEGORY -> f.category();
      case URGENCY -> f.urgency().name();
      case ORGANISATION -> f.organisation();
      case GROUP -> f.group();
      case AGENT -> f.agent() == null ? "-" : f.agent();
      case TYPE -> f.type().name();
      case SERVICE_CONTRACT -> f.serviceContract() == null ? "-" : f.serviceContract();
      case CAUSE -> f.cause() == null ? "-" : f.cause();
      case DAY -> local.toLocalDate().toString();
      case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case MONTH -> local.toLocalDate().toString().substring(0, 7);
    };
  }

  /** Whether it groups by time, not by a fact of the ticket. */
  boolean byTime() {
    return this == DAY || this == WEEK || this == MONTH;
  }

  /**
   * The groupings named in a list ({@code category,urgency}; case and {@code -} or {@code _} as
   * the caller likes), each once, in order.
   *
   * @throws ValidationException naming each unknown grouping with the ones there are
   */
  public static List<Grouping> parse(String names) {
    List<Grouping> out = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (String name : names == null ? new String[0] : names.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        out.add(valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        problems.add(Messages.violation("by", "report.grouping.unknown", name.strip(), names()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The names a caller may give, in lower case. */
  static String names() {
    return Arrays.stream(values()).map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }
}
