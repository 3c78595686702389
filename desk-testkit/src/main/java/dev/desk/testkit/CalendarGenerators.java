package dev.desk.testkit;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.DayKind;
import dev.desk.core.calendar.ProductionCalendar;
import dev.desk.core.calendar.WeeklySchedule;
import dev.desk.core.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of business calendars, instants and working durations. Calendars
 * have random zones (several with daylight saving, one with a 30-minute shift), one or two
 * intervals on random days, and random holidays, shortened days and working weekend days in
 * {@value #FIRST_YEAR}-{@value #LAST_YEAR}; their supported range is {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} so they build fast.
 */
public final class CalendarGenerators {

  /** First supported year of generated calendars. */
  public static final int FIRST_YEAR = 2024;
  /** Last supported year of generated calendars. */
  public static final int LAST_YEAR = 2032;

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
      ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Almaty"), ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"));
  private static final AtomicInteger IDS = new AtomicInteger();

  private CalendarGenerators() {}

  /** Calendars with at least four working hours a week. */
  public static Gen<BusinessCalendar> calendars() {
    Gen<List<WorkingInterval>> day = dayIntervals();
    Gen<List<List<WorkingInterval>>> week = SourceDSL.lists().of(day).ofSize(7);
    Gen<List<Integer>> specialDays = SourceDSL.lists().of(Generate.range(0, 4 * 366)).ofSizeBetween(0, 40);
    return Generate.pick(ZONES).zip(week, specialDays, Generate.range(0, 3), (zone, days, special, kindSeed) -> {
      EnumMap<DayOfWeek, List<WorkingInterval>> map = new EnumMap<>(DayOfWeek.class);
      for (int i = 0; i < 7; i++) {
        map.put(DayOfWeek.of(i + 1), days.get(i));
      }
      int weekly = map.values().stream().flatMap(List::stream).mapToInt(WorkingInterval::seconds).sum();
      if (weekly < 4 * 3600) {
        // at least four working hours a week, so 30 working days fit in the supported years
        map.put(DayOfWeek.MONDAY, List.of(WorkingInterval.of("09:00", "17:00")));
      }
      ProductionCalendar.Builder production = ProductionCalendar.builder("random");
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        production.year(year, false);
      }
      DayKind[] kinds = DayKind.values();
      for (int i = 0; i < special.size(); i++) {
        LocalDate date = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(special.get(i));
        production.day(date, kinds[(i + kindSeed) % kinds.length], null);
      }
      return BusinessCalendar.builder("random-" + IDS.incrementAndGet())
          .zone(zone)
          .schedule(new WeeklySchedule(Map.copyOf(map)))
          .production(production.build())
          .supportedYears(FIRST_YEAR, LAST_YEAR + 1)
          .build();
    });
  }

  /** None, one or two intervals of a day, at one-minute or arbitrary-second boundaries. */
  public static Gen<List<WorkingInterval>> dayIntervals() {
    // quarter hours half the time, so deadlines often land exactly on interval boundaries
    Gen<Integer> second = Generate.range(0, WorkingInterval.DAY).mix(Generate.range(0, 96).map(q -> q * 900), 50);
    return Generate.range(0, 2).zip(second, second, second, second, (count, a, b, c, d) -> {
      int[] cuts = {a, b, c, d};
      Arrays.sort(cuts);
      List<WorkingInterval> intervals = new ArrayList<>();
      if (count >= 1 && cuts[0] < cuts[1]) {
        intervals.add(new WorkingInterval(cuts[0], cuts[1]));
      }
      if (count == 2 && cuts[2] < cuts[3] && cuts[2] >= cuts[1]) {
        intervals.add(new WorkingInterval(cuts[2], cuts[3]));
      }
      return intervals;
    });
  }

  /** Instants in 2025-2026, to the nanosecond. */
  public static Gen<Instant> instants() {
    long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
    Gen<Instant> any = SourceDSL.longs().between(from, to).zip(Generate.range(0, 999_999_999), Instant::ofEpochSecond);
    Gen<Instant> quarterHours = SourceDSL.longs().between(from / 900, to / 900).map(q -> Instant.ofEpochSecond(q * 900));
    return any.mix(quarterHours, 50);
  }

  /** Working durations from zero up to 30 working days of 8 hours, to the second. */
  public static Gen<Duration> durations() {
    Gen<Duration> any = SourceDSL.longs().between(0, 30L * 8 * 3600).map(seconds -> Duration.ofSeconds(seconds));
    return any.mix(Generate.range(0, 30 * 8 * 4).map(q -> Duration.ofMinutes(15L * q)), 50);
  }
}
