package dev.desk.core.calendar;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads holidays from an iCalendar (.ics) file, as public calendars publish them: every
 * {@code VEVENT} day from {@code DTSTART} up to {@code DTEND} (exclusive; one day without it)
 * becomes a day off titled by its {@code SUMMARY}. A yearly {@code RRULE} repeats the event in
 * every year of the range asked for; other recurrences are refused. Errors name the line.
 */
public final class IcsHolidayReader {

  private IcsHolidayReader() {}

  /**
   * Adds the file's holidays to the builder as {@code kind} (usually {@link DayKind#PUBLIC_HOLIDAY}).
   *
   * @param firstYear first year yearly events are repeated in
   * @param lastYear last year yearly events are repeated in
   * @return how many dates were added
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of a malformed file
   */
  public static int read(ProductionCalendar.Builder into, Reader in, String source, DayKind kind, int firstYear,
      int lastYear) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(in);
    } catch (ParserException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + " line " + e.getLineNo() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + e.getMessage(), e);
    }
    int added = 0;
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    for (VEvent event : events) {
      String title = event.<Property>getProperty(Property.SUMMARY).map(Property::getValue).orElse(null);
      LocalDate start = date(event, Property.DTSTART, source)
          .orElseThrow(() -> invalid(source, "an event has no DTSTART" + (title == null ? "" : ": " + title)));
      LocalDate end = date(event, Property.DTEND, source).orElse(start.plusDays(1));
      if (!end.isAfter(start)) {
        end = start.plusDays(1);
      }
      Optional<String> rule = event.<Property>getProperty(Property.RRULE).map(Property::getValue);
      if (rule.isEmpty()) {
        added += mark(into, start, end, kind, title);
      } else if (rule.get().contains("FREQ=YEARLY")) {
        for (int year = Math.max(firstYear, start.getYear()); year <= lastYear; year++) {
          int shift = year - start.getYear();
          added += mark(into, start.plusYears(shift), end.plusYears(shift), kind, title);
        }
      } else {
        throw invalid(source, "only yearly recurrence is supported, not " + rule.get() + (title == null ? "" : " (" + title + ")"));
      }
    }
    return added;
  }

  private static int mark(ProductionCalendar.Builder into, LocalDate from, LocalDate to, DayKind kind, String title) {
    int n = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      into.day(d, kind, title);
      n++;
    }
    return n;
  }

  private static Optional<LocalDate> date(VEvent event, String name, String source) {
    Optional<DateProperty<Temporal>> property = event.getProperty(name);
    return property.map(p -> {
      Temporal t = p.getDate();
      if (t instanceof LocalDate d) {
        return d;
      } else if (t instanceof LocalDateTime d) {
        return d.toLocalDate();
      } else if (t instanceof ZonedDateTime d) {
        return d.toLocalDate();
      } else if (t instanceof OffsetDateTime d) {
        return d.toLocalDate();
      }
      throw invalid(source, name + " is not a date: " + p.getValue());
    });
  }

  private static DeskException invalid(String source, String message) {
    return new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + message);
  }
}
