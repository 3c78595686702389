package dev.desk.core.calendar;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the xmlcalendar format (xmlcalendar.ru) into a {@link ProductionCalendar.Builder}:
 * {@code t=1} is a decree day off for dates the caller names, else a public holiday with
 * {@code h} and a transferred day off without, {@code t=2} a shortened day (on a weekend
 * also a working day), {@code t=3} a working weekend day. Errors name the line.
 */
public final class XmlCalendarReader {

  private XmlCalendarReader() {}

  /**
   * Adds one year's file to the builder.
   *
   * @param source names the input in error messages
   * @param verified whether the year was checked against an official source
   * @param decreeDays dates that are days off by special decree rather than transfers
   * @return the year read
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of a malformed file
   */
  public static int read(ProductionCalendar.Builder into, InputStream in, String source, boolean verified,
      Set<LocalDate> decreeDays) {
    Handler handler = new Handler(into, source, decreeDays);
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      SAXParser parser = factory.newSAXParser();
      parser.parse(in, handler);
    } catch (SAXParseException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
          source + " line " + e.getLineNumber() + ": " + e.getMessage(), e);
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + e.getMessage(), e);
    }
    if (handler.year == 0) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": no <calendar year=...> element");
    }
    into.year(handler.year, verified);
    return handler.year;
  }

  private static final class Handler extends DefaultHandler {
    private final ProductionCalendar.Builder into;
    private final String source;
    private final Set<LocalDate> decreeDays;
    private final Map<String, String> titles = new HashMap<>();
    private Locator locator;
    private int year;

    Handler(ProductionCalendar.Builder into, String source, Set<LocalDate> decreeDays) {
      this.into = into;
      this.source = source;
      this.decreeDays = decreeDays;
    }

    @Override
    public void setDocumentLocator(Locator value) {
      locator = value;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
      switch (qName) {
        case "calendar" -> year = number(a.getValue("year"), "calendar/@year");
        case "holiday" -> titles.put(a.getValue("id"), a.getValue("title"));
        case "day" -> day(a);
        default -> { }
      }
    }

    private void day(Attributes a) throws SAXException {
      if (year == 0) {
        throw error("<day> before <calendar year=...>");
      }
      LocalDate date = date(a.getValue("d"), "day/@d");
      String holiday = a.getValue("h");
      String type = a.getValue("t");
      DayKind kind = switch (type == null ? "" : type) {
        case "1" -> decreeDays.contains(date) ? DayKind.DECREE_DAY_OFF
            : holiday != null ? DayKind.PUBLIC_HOLIDAY : DayKind.TRANSFERRED_DAY_OFF;
        case "2" -> DayKind.SHORTENED_DAY;
        case "3" -> DayKind.WORKING_WEEKEND_DAY;
        default -> throw error("day/@t must be 1, 2 or 3, not " + type);
      };
      String from = a.getValue("f");
      String title = holiday != null ? titles.get(holiday) : from != null ? "from " + from : null;
      into.day(date, kind, title);
    }

    private LocalDate date(String monthDay, String what) throws SAXException {
      if (monthDay == null || !monthDay.matches("\\d\\d\\.\\d\\d")) {
        throw error(what + " must be MM.DD, not " + monthDay);
      }
      try {
        return LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)), Integer.parseInt(monthDay.substring(3)));
      } catch (DateTimeException e) {
        throw error(what + " is not a date of " + year + ": " + monthDay);
      }
    }

    private int number(String text, String what) throws SAXException {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(what + " must be a number, not " + text);
      }
    }

    private SAXException error(String message) {
      return new SAXParseException(message, locator);
    }
  }
}
