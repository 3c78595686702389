package dev.desk.core.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A working interval within one day, {@code [start, end)}, in seconds of the day; the end may
 * be 24:00.
 *
 * @param startSecond first working second of the day
 * @param endSecond first second after it, at most 86,400 (24:00)
 */
public record WorkingInterval(int startSecond, int endSecond) {

  /** Seconds in a day. */
  public static final int DAY = 86_400;

  /** Rejects empty, inverted or out-of-day intervals. */
  public WorkingInterval {
    if (startSecond < 0 || endSecond > DAY || startSecond >= endSecond) {
      throw new IllegalArgumentException("a working interval runs from 00:00 to 24:00 and ends after it starts: "
          + text(startSecond) + "-" + text(endSecond));
    }
  }

  /** An interval from two times written {@code HH:mm} or {@code HH:mm:ss}; {@code 24:00} ends the day. */
  public static WorkingInterval of(String start, String end) {
    return new WorkingInterval(secondOfDay(start), secondOfDay(end));
  }

  /** Parses {@code 08:30-17:12}. */
  public static WorkingInterval parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("a working interval is written HH:mm-HH:mm: " + text);
    }
    return of(text.substring(0, dash).strip(), text.substring(dash + 1).strip());
  }

  private static int secondOfDay(String time) {
    if (time.equals("24:00") || time.equals("24:00:00")) {
      return DAY;
    }
    try {
      return LocalTime.parse(time).toSecondOfDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time of day (HH:mm): " + time, e);
    }
  }

  /** How long it lasts, in seconds. */
  public int seconds() {
    return endSecond - startSecond;
  }

  private static String text(int second) {
    return second == DAY ? "24:00" : LocalTime.ofSecondOfDay(Math.floorMod(second, DAY)).toString();
  }

  @Override
  public String toString() {
    return text(startSecond) + "-" + text(endSecond);
  }
}
