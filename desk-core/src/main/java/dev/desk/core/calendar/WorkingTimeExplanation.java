package dev.desk.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a deadline is what it is: every day from the start to the deadline, with its working
 * intervals, what the production calendar says of it, and how much of it was counted.
 *
 * @param calendarId the calendar
 * @param zone the calendar's zone, in which dates and times are given
 * @param from the start
 * @param workingTime the working time added
 * @param deadline the result of {@code add(from, workingTime)}
 * @param days one entry per calendar day from the start's date to the deadline's date
 */
public record WorkingTimeExplanation(
    String calendarId, ZoneId zone, Instant from, Duration workingTime, Instant deadline, List<Day> days) {

  /**
   * One day of the account.
   *
   * @param date the date, in the calendar's zone
   * @param note what the production calendar or an override says, "weekend" for an ordinary day
   *     without working time, or empty
   * @param intervals the day's working intervals
   * @param counted the working time of this day that counts towards the deadline
   * @param fallback whether the day used the weekly schedule for lack of production data
   */
  public record Day(LocalDate date, String note, List<WorkingInterval> intervals, Duration counted, boolean fallback) {}

  /** Copies the days. */
  public WorkingTimeExplanation {
    days = List.copyOf(days);
  }

  static WorkingTimeExplanation of(BusinessCalendar calendar, Instant from, Duration workingTime, Instant deadline) {
    List<Day> days = new ArrayList<>();
    ZonedDateTime start = from.atZone(calendar.zone());
    LocalDate last = deadline.atZone(calendar.zone()).toLocalDate();
    for (LocalDate date = start.toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
      Instant dayStart = date.atStartOfDay(calendar.zone()).toInstant();
      Instant dayEnd = date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
      Instant a = dayStart.isBefore(from) ? from : dayStart;
      Instant b = dayEnd.isAfter(deadline) ? deadline : dayEnd;
      Duration counted = b.isAfter(a) ? calendar.between(a, b) : Duration.ZERO;
      List<WorkingInterval> intervals = calendar.intervals(date);
      String note = calendar.describe(date).orElse(intervals.isEmpty() ? "weekend" : "");
      days.add(new Day(date, note, intervals, counted, calendar.usesFallback(date.getYear())));
    }
    return new WorkingTimeExplanation(calendar.id(), calendar.zone(), from, workingTime, deadline, days);
  }

  /** The account as text a person reads, one line per day. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(workingTime).append(" of working time from ").append(from.atZone(zone).toOffsetDateTime())
        .append(" on ").append(calendarId).append(" (").append(zone).append(") ends at ")
        .append(deadline.atZone(zone).toOffsetDateTime()).append('\n');
    for (Day day : days) {
      sb.append(String.format("  %s %s  %-40s %-24s counted %s%s%n", day.date(),
          day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          day.note().isEmpty() ? "working day" : day.note(),
          day.intervals().isEmpty() ? "closed" : day.intervals().toString(),
          day.counted(), day.fallback() ? "  (weekly schedule: no production data)" : ""));
    }
    return sb.toString();
  }
}
