package dev.desk.core.calendar;

import dev.desk.core.internal.Messages;
import dev.desk.spi.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The versions of one calendar, each in force from an instant on, so time is counted on the
 * version that was in force while it passed: an edit that takes effect at an instant never
 * changes a figure about the time before it (GLPI recomputes history on the calendar of the day).
 * Time before the first version's instant is counted on the first version. Immutable.
 */
public final class CalendarHistory {

  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final List<Version> versions;

  private CalendarHistory(List<Version> versions) {
    this.versions = List.copyOf(versions);
  }

  /** One version, in force always: a calendar never edited. */
  public static CalendarHistory of(BusinessCalendar calendar) {
    return new CalendarHistory(List.of(new Version(Instant.MIN, Objects.requireNonNull(calendar, "calendar"))));
  }

  /**
   * This history with a new version in force from the instant on.
   *
   * @throws ValidationException when the instant is not after the last version's, or the
   *     calendar has another id
   */
  public CalendarHistory edited(Instant from, BusinessCalendar calendar) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(calendar, "calendar");
    Version last = versions.get(versions.size() - 1);
    if (!from.isAfter(last.from())) {
      throw new ValidationException(List.of(Messages.violation("from", "calendar.history.order", id(),
          readable(from, calendar), readable(last.from(), calendar))));
    }
    if (!calendar.id().equals(id())) {
      throw new ValidationException(List.of(Messages.violation("calendar", "calendar.history.id", id(),
          calendar.id())));
    }
    List<Version> next = new ArrayList<>(versions);
    next.add(new Version(from, calendar));
    return new CalendarHistory(next);
  }

  private static String readable(Instant at, BusinessCalendar calendar) {
    return at.equals(Instant.MIN) ? "-" : READABLE.format(at.atZone(calendar.zone()));
  }

  /** The calendar's id. */
  public String id() {
    return versions.get(0).calendar().id();
  }

  /** The versions, oldest first; the first is in force from {@link Instant#MIN}. */
  public List<Version> versions() {
    return versions;
  }

  /** The version in force at the instant. */
  public BusinessCalendar at(Instant instant) {
    return versions.get(versionAt(instant)).calendar();
  }

  /** The version in force when the date began in the calendar's zone. */
  public BusinessCalendar on(LocalDate date) {
    return at(date.atStartOfDay(versions.get(0).calendar().zone()).toInstant());
  }

  /**
   * The working time between two instants, each stretch counted on the version in force then.
   *
   * @throws ValidationException when {@code to} is before {@code from}, or an instant is out of range
   */
  public Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return at(from).between(from, to); // refused, naming both
    }
    Duration out = Duration.ZERO;
    Instant at = from;
    for (int i = versionAt(from); ; i++) {
      Instant next = i + 1 < versions.size() ? versions.get(i + 1).from() : null;
      Instant end = next == null || !next.isBefore(to) ? to : next;
      out = out.plus(versions.get(i).calendar().between(at, end));
      if (end.equals(to)) {
        return out;
      }
      at = end;
    }
  }

  /**
   * The earliest instant at which the working time from {@code from} has passed, each stretch
   * counted on the version in force then: the deadlines of a clock that runs across an edit.
   *
   * @throws ValidationException for a negative duration or an instant out of a version's range
   */
  public Instant add(Instant from, Duration workingTime) {
    Instant at = from;
    Duration left = workingTime;
    for (int i = versionAt(at); ; i++) {
      BusinessCalendar calendar = versions.get(i).calendar();
      Instant done = calendar.add(at, left);
      Instant next = i + 1 < versions.size() ? versions.get(i + 1).from() : null;
      if (next == null || !done.isAfter(next)) {
        return done;
      }
      left = left.minus(calendar.between(at, next));
      at = next;
    }
  }

  private int versionAt(Instant instant) {
    int out = 0;
    for (int i = 1; i < versions.size() && !versions.get(i).from().isAfter(instant); i++) {
      out = i;
    }
    return out;
  }

  /**
   * One version.
   *
   * @param from when it came into force
   * @param calendar the calendar as it was from then on
   */
  public record Version(Instant from, BusinessCalendar calendar) {

    /** Rejects missing parts. */
    public Version {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(calendar, "calendar");
    }
  }
}
