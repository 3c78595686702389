package dev.desk.core.numbering;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of ticket numbers. A pattern holds literal text and the placeholders
 * {@code {yyyy}}, {@code {yy}}, {@code {MM}} (of the registration date in the format's zone)
 * and exactly one {@code {seq}} or {@code {seq:N}} (the counter, zero-padded to N digits; more
 * digits when it outgrows them). The counter is per <em>series</em>: the number with the counter
 * left out, so {@code VLG-{yyyy}-{seq:6}} starts again at 1 every year.
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketNumberFormat {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_./-]*");

  private final String pattern;
  private final ZoneId zone;
  private final List<Part> parts;
  private final int seqIndex;

  private TicketNumberFormat(String pattern, ZoneId zone, List<Part> parts, int seqIndex) {
    this.pattern = pattern;
    this.zone = zone;
    this.parts = parts;
    this.seqIndex = seqIndex;
  }

  /** The default: {@code DESK-{yyyy}-{seq:6}} in UTC. */
  public static TicketNumberFormat defaultFormat() {
    return of("DESK-{yyyy}-{seq:6}", ZoneId.of("UTC"));
  }

  /**
   * A format from a pattern, with dates taken in the zone.
   *
   * @throws IllegalArgumentException naming what is wrong with the pattern
   */
  public static TicketNumberFormat of(String pattern, ZoneId zone) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(zone, "zone");
    List<Part> parts = new ArrayList<>();
    int seqIndex = -1;
    Matcher m = PLACEHOLDER.matcher(pattern);
    int last = 0;
    while (m.find()) {
      addLiteral(parts, pattern, pattern.substring(last, m.start()));
      String name = m.group(1);
      if (name.equals("seq") || name.startsWith("seq:")) {
        if (seqIndex >= 0) {
          throw new IllegalArgumentException("ticket number pattern has two {seq}: " + pattern);
        }
        int width = name.equals("seq") ? 1 : parseWidth(pattern, name.substring(4));
        seqIndex = parts.size();
        parts.add(new Part(Kind.SEQ, "", width));
      } else {
        Kind kind = switch (name) {
          case "yyyy" -> Kind.YEAR;
          case "yy" -> Kind.YEAR2;
          case "MM" -> Kind.MONTH;
          default -> throw new IllegalArgumentException("unknown placeholder {" + name
              + "} in ticket number pattern " + pattern + " (known: yyyy, yy, MM, seq, seq:N)");
        };
        parts.add(new Part(kind, "", 0));
      }
      last = m.end();
    }
    addLiteral(parts, pattern, pattern.substring(last));
    if (seqIndex < 0) {
      throw new IllegalArgumentException("ticket number pattern needs a {seq}: " + pattern);
    }
    return new TicketNumberFormat(pattern, zone, List.copyOf(parts), seqIndex);
  }

  private static void addLiteral(List<Part> parts, String pattern, String literal) {
    if (literal.isEmpty()) {
      return;
    }
    if (!LITERAL.matcher(literal).matches()) {
      throw new IllegalArgumentException("ticket number pattern may hold only letters, digits and"
          + " _ . / - besides placeholders: " + pattern);
    }
    parts.add(new Part(Kind.LITERAL, literal, 0));
  }

  private static int parseWidth(String pattern, String digits) {
    try {
      int width = Integer.parseInt(digits);
      if (width >= 1 && width <= 18) {
        return width;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("{seq:N} needs N from 1 to 18 in " + pattern);
  }

  /** The series a number registered at this instant belongs to: the number without its counter. */
  public String series(Instant at) {
    StringBuilder sb = new StringBuilder(24);
    ZonedDateTime date = at.atZone(zone);
    for (int i = 0; i < parts.size(); i++) {
      if (i != seqIndex) {
        parts.get(i).append(sb, date, 0);
      }
    }
    return sb.toString();
  }

  /** The number with the given counter value, registered at this instant. */
  public String format(Instant at, long counter) {
    if (counter < 1) {
      throw new IllegalArgumentException("counters start at 1: " + counter);
    }
    StringBuilder sb = new StringBuilder(24);
    ZonedDateTime date = at.atZone(zone);
    for (Part part : parts) {
      part.append(sb, date, counter);
    }
    return sb.toString();
  }

  /** The pattern this format was made from. */
  public String pattern() {
    return pattern;
  }

  /** The zone dates are taken in. */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return pattern + " (" + zone + ")";
  }

  private enum Kind { LITERAL, YEAR, YEAR2, MONTH, SEQ }

  private record Part(Kind kind, String literal, int width) {
    void append(StringBuilder sb, ZonedDateTime date, long counter) {
      switch (kind) {
        case LITERAL -> sb.append(literal);
        case YEAR -> sb.append(date.getYear());
        case YEAR2 -> pad(sb, date.getYear() % 100, 2);
        case MONTH -> pad(sb, date.getMonthValue(), 2);
        case SEQ -> pad(sb, counter, width);
      }
    }

    private static void pad(StringBuilder sb, long value, int width) {
      String digits = Long.toString(value);
      for (int i = digits.length(); i < width; i++) {
        sb.append('0');
      }
      sb.append(digits);
    }
  }
}
