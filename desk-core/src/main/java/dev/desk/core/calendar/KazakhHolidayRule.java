package dev.desk.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Kazakh Labour Code (art. 84): a public holiday that falls on a weekend moves to the next
 * working day; religious holidays (Orthodox Christmas, Kurban Ait) do not move. The shipped
 * xmlcalendar data for 2024 and 2025 lacks the moved days and a few holidays; this class
 * corrects those two years. They stay marked unverified.
 */
public final class KazakhHolidayRule {

  private static final Set<String> RELIGIOUS = Set.of("Рождество Христово", "Православное Рождество", "Курбан айт",
      "Первый день Курбан-айта");

  private KazakhHolidayRule() {}

  static void correct2024And2025(ProductionCalendar.Builder b) {
    b.clear(LocalDate.of(2024, 12, 1)); // Day of the First President, abolished in 2022
    b.day(LocalDate.of(2024, 10, 25), DayKind.PUBLIC_HOLIDAY, "День Республики");
    b.day(LocalDate.of(2024, 6, 16), DayKind.PUBLIC_HOLIDAY, "Курбан айт");
    b.day(LocalDate.of(2025, 6, 6), DayKind.PUBLIC_HOLIDAY, "Курбан айт");
    moveWeekendHolidays(b, 2024);
    moveWeekendHolidays(b, 2025);
    b.year(2024, false).year(2025, false);
  }

  /**
   * Moves every non-religious public holiday of the year that falls on a Saturday or Sunday to
   * the next weekday that is neither a holiday nor already a day off, in date order.
   */
  public static void moveWeekendHolidays(ProductionCalendar.Builder b, int year) {
    List<LocalDate> toMove = new ArrayList<>();
    ProductionCalendar snapshot = b.build();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (weekend(d) && snapshot.kind(d).orElse(null) == DayKind.PUBLIC_HOLIDAY
          && !RELIGIOUS.contains(snapshot.title(d).orElse(""))) {
        toMove.add(d);
      }
    }
    for (LocalDate holiday : toMove) {
      LocalDate day = holiday.plusDays(1);
      while (weekend(day) || b.kind(day).isPresent()) {
        day = day.plusDays(1);
      }
      b.day(day, DayKind.TRANSFERRED_DAY_OFF, "from " + holiday);
    }
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
