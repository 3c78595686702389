package dev.desk.core.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working intervals per day of the week, sorted and not overlapping. Immutable.
 *
 * @param days the intervals of each day; a day without an entry has none
 */
public record WeeklySchedule(Map<DayOfWeek, List<WorkingInterval>> days) {

  /** Sorts and checks every day's intervals. */
  public WeeklySchedule {
    EnumMap<DayOfWeek, List<WorkingInterval>> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach((day, intervals) -> copy.put(day, checked(day.toString(), intervals)));
    days = Map.copyOf(copy);
  }

  /** The same intervals on the given days. */
  public static WeeklySchedule of(List<WorkingInterval> intervals, DayOfWeek... onDays) {
    EnumMap<DayOfWeek, List<WorkingInterval>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : onDays) {
      map.put(day, intervals);
    }
    return new WeeklySchedule(map);
  }

  /** Monday to Friday with the given intervals. */
  public static WeeklySchedule weekdays(WorkingInterval... intervals) {
    return of(List.of(intervals), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  }

  /** Every day, all day. */
  public static WeeklySchedule allDay() {
    return of(List.of(new WorkingInterval(0, WorkingInterval.DAY)), DayOfWeek.values());
  }

  /** The intervals of a day of the week. */
  public List<WorkingInterval> on(DayOfWeek day) {
    return days.getOrDefault(day, List.of());
  }

  /**
   * The intervals of an ordinary working day, used for weekend days a decree declares working:
   * those of the first day from Monday on that has any.
   */
  public List<WorkingInterval> workingDayTemplate() {
    return Arrays.stream(DayOfWeek.values()).map(this::on).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
  }

  /** Sorts intervals and refuses overlaps, naming the day. */
  static List<WorkingInterval> checked(String day, List<WorkingInterval> intervals) {
    List<WorkingInterval> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> Integer.compare(a.startSecond(), b.startSecond()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).startSecond() < sorted.get(i - 1).endSecond()) {
        throw new IllegalArgumentException("working intervals overlap on " + day + ": "
            + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }
}
