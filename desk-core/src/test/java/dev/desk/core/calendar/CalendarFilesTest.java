package dev.desk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CalendarFilesTest {

  private static BusinessCalendar read(String text) {
    return CalendarFiles.read(new StringReader(text), "clinic.yaml");
  }

  private static String error(String text) {
    DeskException e = assertThrows(DeskException.class, () -> read(text));
    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    return e.getMessage();
  }

  @Test
  void readsAYamlDefinition() {
    BusinessCalendar clinic = read("""
        id: clinic
        zone: Europe/Moscow
        schedule:
          weekdays: ["08:00-12:00", "13:00-17:00"]
          saturday: ["09:00-13:00"]
        production: ru
        shortening: PT30M
        overrides:
          2026-12-30: ["08:30-15:00"]
        """);

    assertEquals("clinic", clinic.id());
    assertEquals(ZoneId.of("Europe/Moscow"), clinic.zone());
    assertEquals(List.of(WorkingInterval.of("09:00", "13:00")), clinic.intervals(LocalDate.of(2026, 3, 7)));
    assertEquals(List.of(WorkingInterval.of("08:30", "15:00")), clinic.intervals(LocalDate.of(2026, 12, 30)));
    // 2026-04-30 is a shortened Thursday: 30 minutes off the afternoon
    assertEquals(List.of(WorkingInterval.of("08:00", "12:00"), WorkingInterval.of("13:00", "16:30")),
        clinic.intervals(LocalDate.of(2026, 4, 30)));
    assertEquals(List.of(), clinic.intervals(LocalDate.of(2026, 1, 5)), "New Year holidays from the production calendar");
  }

  @Test
  void readsJsonToo() {
    BusinessCalendar always = read("{\"id\": \"always\", \"schedule\": {\"everyday\": [\"00:00-24:00\"]}}");
    assertEquals(Duration.ofHours(48), always.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-03T00:00:00Z")));
  }

  @Test
  void errorsNameTheLine() {
    assertTrue(error("""
        id: x
        schedule:
          weekdays: ["08:00-12:00", "17:00-13:00"]
        """).startsWith("clinic.yaml line 3"), "an inverted interval");
    assertTrue(error("""
        id: x
        zone: Mars/Olympus
        schedule: {monday: ["08:00-12:00"]}
        """).startsWith("clinic.yaml line 2"), "an unknown zone");
    String unknown = error("""
        id: x
        schedule: {monday: ["08:00-12:00"]}
        holydays: []
        """);
    assertTrue(unknown.startsWith("clinic.yaml line 3") && unknown.contains("holydays"), unknown);
    String overlap = error("""
        id: x
        schedule:
          monday: ["08:00-12:00", "11:00-13:00"]
        """);
    assertTrue(overlap.contains("overlap on MONDAY"), overlap);
    assertTrue(error("id: x\nschedule: {funday: []}\n").contains("funday"));
    assertTrue(error("id: x\n").contains("schedule"));
    assertTrue(error("id: x\nschedule: {monday: [\"8 to 5\"]}\n").startsWith("clinic.yaml line 2"));
    assertTrue(error("id: x\nschedule: {monday: []}\nproduction: fr\n").contains("production must be ru or kz"));
    assertTrue(error("").contains("empty"));
  }
}
