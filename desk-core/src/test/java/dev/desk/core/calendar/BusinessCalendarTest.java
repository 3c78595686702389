package dev.desk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BusinessCalendarTest {

  private final BusinessCalendar contactCentre = Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow();

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void newYearHolidaysAreSkipped() {
    // Tue 30 Dec 16:00 + 4 h: 1 h 12 min that day, 31 Dec is a day off moved from 5 Jan,
    // 1-9 Jan holidays, the weekend, then 2 h 48 min from 08:30 on Monday 12 Jan.
    assertEquals(at("2026-01-12T11:18:00+03:00"), contactCentre.add(at("2025-12-30T16:00:00+03:00"), Duration.ofHours(4)));
    assertEquals(Duration.ofHours(4), contactCentre.between(at("2025-12-30T16:00:00+03:00"), at("2026-01-12T11:18:00+03:00")));
  }

  @Test
  void aDeadlineAtClosingTimeIsThatDayNotTheNextMorning() {
    // Friday 2025-10-24, closing at 17:12
    assertEquals(at("2025-10-24T17:12:00+03:00"), contactCentre.add(at("2025-10-24T15:12:00+03:00"), Duration.ofHours(2)));
    assertEquals(at("2025-10-27T08:31:00+03:00"), contactCentre.add(at("2025-10-24T15:12:00+03:00"), Duration.ofMinutes(121)));
  }

  @Test
  void theWorkingSaturdayOfNovember2025IsShortened() {
    LocalDate saturday = LocalDate.of(2025, 11, 1);
    assertEquals(List.of(WorkingInterval.of("08:30", "16:12")), contactCentre.intervals(saturday));
    assertEquals(Duration.ofHours(7).plusMinutes(42),
        contactCentre.between(at("2025-11-01T00:00:00+03:00"), at("2025-11-02T00:00:00+03:00")));
    assertTrue(contactCentre.isWorking(at("2025-11-01T12:00:00+03:00")));
    assertFalse(contactCentre.isWorking(at("2025-11-03T12:00:00+03:00")), "3 Nov is the day off moved from 1 Nov");
    assertEquals(at("2025-11-05T08:30:00+03:00"), contactCentre.nextWorkingInstant(at("2025-11-03T12:00:00+03:00")));
  }

  @Test
  void aDaylightSavingDayHasItsRealLength() {
    BusinessCalendar berlin = BusinessCalendar.builder("berlin-24x7").zone(ZoneId.of("Europe/Berlin"))
        .schedule(WeeklySchedule.allDay()).build();
    assertEquals(Duration.ofHours(23), berlin.between(at("2025-03-30T00:00:00+01:00"), at("2025-03-31T00:00:00+02:00")));
    assertEquals(Duration.ofHours(25), berlin.between(at("2025-10-26T00:00:00+02:00"), at("2025-10-27T00:00:00+01:00")));
    assertEquals(at("2025-03-30T03:30:00+02:00"), berlin.add(at("2025-03-30T01:30:00+01:00"), Duration.ofHours(1)));

    BusinessCalendar newYork = BusinessCalendar.builder("ny").zone(ZoneId.of("America/New_York"))
        .schedule(WeeklySchedule.of(List.of(WorkingInterval.of("01:00", "04:00")), DayOfWeek.values())).build();
    // 2025-03-09: 02:00-03:00 does not exist, so 01:00-04:00 lasts two hours
    assertEquals(Duration.ofHours(2), newYork.between(at("2025-03-09T00:00:00-05:00"), at("2025-03-09T12:00:00-04:00")));
  }

  @Test
  void russianYearsMatchTheOfficialNormsOfWorkingTime() {
    BusinessCalendar eightHours = BusinessCalendar.builder("ru-8h").zone(ZoneId.of("Europe/Moscow"))
        .schedule(WeeklySchedule.weekdays(WorkingInterval.of("09:00", "17:00"))).production(Calendars.russia()).build();
    Map<Integer, Integer> hours = Map.ofEntries(Map.entry(2015, 1971), Map.entry(2016, 1974), Map.entry(2017, 1973),
        Map.entry(2018, 1970), Map.entry(2019, 1970), Map.entry(2020, 1749), Map.entry(2021, 1917),
        Map.entry(2022, 1973), Map.entry(2023, 1973), Map.entry(2024, 1979), Map.entry(2025, 1972),
        Map.entry(2026, 1972));
    hours.forEach((year, expected) -> assertEquals(Duration.ofHours(expected), eightHours.between(
        LocalDate.of(year, 1, 1).atStartOfDay(eightHours.zone()).toInstant(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(eightHours.zone()).toInstant()), "hours in " + year));
  }

  @Test
  void decreeDaysAreDaysOffUnlessThePolicyCountsThem() {
    LocalDate april1 = LocalDate.of(2020, 4, 1);
    assertEquals(DayKind.DECREE_DAY_OFF, Calendars.russia().kind(april1).orElseThrow());
    assertEquals(DayKind.TRANSFERRED_DAY_OFF, Calendars.russia().kind(LocalDate.of(2020, 5, 4)).orElseThrow());
    assertEquals(List.of(), contactCentre.intervals(april1));
    BusinessCalendar counting = BusinessCalendar.builder("ru-counting").zone(ZoneId.of("Europe/Moscow"))
        .schedule(contactCentre.schedule()).production(Calendars.russia()).decreeDaysWorking(true).build();
    assertEquals(List.of(WorkingInterval.of("08:30", "17:12")), counting.intervals(april1));
    assertEquals(List.of(), counting.intervals(LocalDate.of(2020, 5, 4)), "a transfer stays a day off");
  }

  @Test
  void kazakhWeekendHolidaysMoveToTheNextWorkingDay() {
    ProductionCalendar kz = Calendars.kazakhstan();
    assertEquals(DayKind.TRANSFERRED_DAY_OFF, kz.kind(LocalDate.of(2025, 3, 24)).orElseThrow());
    assertEquals(DayKind.TRANSFERRED_DAY_OFF, kz.kind(LocalDate.of(2025, 3, 25)).orElseThrow());
    assertEquals(DayKind.TRANSFERRED_DAY_OFF, kz.kind(LocalDate.of(2025, 3, 10)).orElseThrow());
    assertTrue(kz.kind(LocalDate.of(2024, 12, 1)).isEmpty(), "abolished in 2022");
    assertEquals(DayKind.PUBLIC_HOLIDAY, kz.kind(LocalDate.of(2024, 10, 25)).orElseThrow());
    assertTrue(kz.kind(LocalDate.of(2024, 6, 17)).isEmpty(), "Kurban Ait on a Sunday does not move");
    assertFalse(kz.verified(2025));
    BusinessCalendar almaty = Calendars.builtIn(Calendars.KZ_STANDARD).orElseThrow();
    assertEquals(List.of(WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("14:00", "18:00")),
        almaty.intervals(LocalDate.of(2025, 3, 26)));
  }

  @Test
  void yearsWithoutDataFallBackToTheWeeklyScheduleOrAreRefusedWhenStrict() {
    assertTrue(contactCentre.usesFallback(2030));
    assertFalse(contactCentre.usesFallback(2026));
    assertEquals(at("2030-01-01T10:30:00+03:00"), contactCentre.add(at("2030-01-01T08:30:00+03:00"), Duration.ofHours(2)),
        "1 Jan 2030 is an ordinary Tuesday without data");
    BusinessCalendar strict = BusinessCalendar.builder("strict").zone(ZoneId.of("Europe/Moscow"))
        .schedule(contactCentre.schedule()).production(Calendars.russia()).strict(true).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> strict.add(at("2026-12-31T08:30:00+03:00"), Duration.ofHours(9)));
    assertEquals("calendar strict is strict and production calendar ru has no data for 2027", e.violations().get(0).message());
  }

  @Test
  void badInputIsATypedErrorNotAHang() {
    Instant t = at("2026-03-02T09:00:00+03:00");
    assertEquals(t, contactCentre.add(t, Duration.ZERO));
    assertEquals(Duration.ZERO, contactCentre.between(t, t));
    assertEquals("to", assertThrows(ValidationException.class, () -> contactCentre.between(t, t.minusSeconds(1)))
        .violations().get(0).path());
    assertEquals("duration", assertThrows(ValidationException.class, () -> contactCentre.add(t, Duration.ofSeconds(-1)))
        .violations().get(0).path());
    assertEquals("from", assertThrows(ValidationException.class, () -> contactCentre.add(at("1999-12-31T00:00:00Z"), Duration.ZERO))
        .violations().get(0).path());
    assertEquals("duration", assertThrows(ValidationException.class, () -> contactCentre.add(t, Duration.ofDays(365 * 200)))
        .violations().get(0).path());
    BusinessCalendar closed = BusinessCalendar.builder("closed").schedule(new WeeklySchedule(Map.of())).build();
    assertEquals("calendar closed has no working time at all",
        assertThrows(ValidationException.class, () -> closed.add(t, Duration.ofMinutes(1))).violations().get(0).message());
    assertThrows(IllegalArgumentException.class, () -> WorkingInterval.of("17:00", "08:00"));
    assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.weekdays(WorkingInterval.of("08:00", "12:00"),
        WorkingInterval.of("11:00", "13:00")));
  }

  @Test
  void explainsADeadlineDayByDay() {
    WorkingTimeExplanation why = contactCentre.explain(at("2025-12-30T16:00:00+03:00"), Duration.ofHours(4));

    assertEquals(at("2026-01-12T11:18:00+03:00"), why.deadline());
    assertEquals(14, why.days().size());
    assertEquals(Duration.ofMinutes(72), why.days().get(0).counted());
    assertTrue(why.days().get(1).note().startsWith("TRANSFERRED_DAY_OFF"), why.days().get(1).note());
    assertTrue(why.days().get(2).note().contains("Новогодние каникулы"), why.days().get(2).note());
    assertEquals(Duration.ofMinutes(168), why.days().get(13).counted());
    assertTrue(why.text().contains("2026-01-12 Mon"), why.text());
  }
}
