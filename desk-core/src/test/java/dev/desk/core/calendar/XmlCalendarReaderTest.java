package dev.desk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class XmlCalendarReaderTest {

  private static String read(String xml, ProductionCalendar.Builder into) {
    XmlCalendarReader.read(into, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "2027.xml", false, Set.of());
    return "ok";
  }

  @Test
  void readsNextYearsDecreeWithoutARelease() {
    ProductionCalendar.Builder ru = Calendars.russia().toBuilder();
    read("""
        <calendar year="2027" lang="ru">
          <holidays><holiday id="1" title="Новогодние каникулы"/></holidays>
          <days>
            <day d="01.01" t="1" h="1"/>
            <day d="04.30" t="2"/>
            <day d="11.06" t="3"/>
          </days>
        </calendar>
        """, ru);
    ProductionCalendar next = ru.build();
    assertTrue(next.covers(2027));
    assertEquals(DayKind.SHORTENED_DAY, next.kind(LocalDate.of(2027, 4, 30)).orElseThrow());
    assertEquals(DayKind.WORKING_WEEKEND_DAY, next.kind(LocalDate.of(2027, 11, 6)).orElseThrow());
    assertEquals("Новогодние каникулы", next.title(LocalDate.of(2027, 1, 1)).orElseThrow());
  }

  @Test
  void malformedFilesNameTheLine() {
    assertTrue(message("<calendar year=\"2027\">\n<days>\n<day d=\"13.45\" t=\"1\"/>\n</days></calendar>")
        .startsWith("2027.xml line 3"));
    assertTrue(message("<calendar year=\"2027\">\n<days>\n<day d=\"01.01\" t=\"7\"/>\n</days></calendar>")
        .contains("t must be 1, 2 or 3"));
    assertTrue(message("<calendar year=\"2027\">\n<days>\n<day d=\"01.01\"").startsWith("2027.xml line 3"));
    assertTrue(message("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><calendar year=\"2027\"/>")
        .contains("2027.xml"), "no external entities");
  }

  private static String message(String xml) {
    return assertThrows(DeskException.class, () -> read(xml, ProductionCalendar.builder("x"))).getMessage();
  }
}
