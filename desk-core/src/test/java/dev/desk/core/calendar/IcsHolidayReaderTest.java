package dev.desk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IcsHolidayReaderTest {

  private static final String GERMANY = """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//desk//test//EN
      BEGIN:VEVENT
      UID:1
      DTSTAMP:20250101T000000Z
      DTSTART;VALUE=DATE:20250101
      DTEND;VALUE=DATE:20250102
      RRULE:FREQ=YEARLY
      SUMMARY:Neujahr
      END:VEVENT
      BEGIN:VEVENT
      UID:2
      DTSTAMP:20250101T000000Z
      DTSTART;VALUE=DATE:20251224
      DTEND;VALUE=DATE:20251227
      SUMMARY:Weihnachten
      END:VEVENT
      END:VCALENDAR
      """.replace("\n", "\r\n");

  @Test
  void readsAllDayAndYearlyHolidays() {
    ProductionCalendar.Builder b = ProductionCalendar.builder("de");

    int added = IcsHolidayReader.read(b, new StringReader(GERMANY), "de.ics", DayKind.PUBLIC_HOLIDAY, 2025, 2027);

    ProductionCalendar de = b.build();
    assertEquals(6, added);
    assertEquals("Neujahr", de.title(LocalDate.of(2027, 1, 1)).orElseThrow());
    assertEquals(DayKind.PUBLIC_HOLIDAY, de.kind(LocalDate.of(2025, 12, 26)).orElseThrow());
    assertTrue(de.kind(LocalDate.of(2025, 12, 27)).isEmpty(), "DTEND is exclusive");
    BusinessCalendar berlin = BusinessCalendar.builder("berlin").zone(ZoneId.of("Europe/Berlin"))
        .schedule(WeeklySchedule.weekdays(WorkingInterval.of("09:00", "17:00"))).production(de).build();
    assertEquals(List.of(), berlin.intervals(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void malformedFilesNameTheLine() {
    String broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2025-01-01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    DeskException e = assertThrows(DeskException.class,
        () -> IcsHolidayReader.read(ProductionCalendar.builder("x"), new StringReader(broken), "x.ics", DayKind.PUBLIC_HOLIDAY, 2025, 2025));
    assertTrue(e.getMessage().startsWith("x.ics line 4"), e.getMessage());
    String monthly = GERMANY.replace("RRULE:FREQ=YEARLY", "RRULE:FREQ=MONTHLY");
    assertTrue(assertThrows(DeskException.class, () -> IcsHolidayReader.read(ProductionCalendar.builder("x"),
        new StringReader(monthly), "x.ics", DayKind.PUBLIC_HOLIDAY, 2025, 2025)).getMessage().contains("only yearly"));
  }
}
