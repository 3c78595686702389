package dev.desk.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A country's production calendar: the dates that differ from the weekly schedule (holidays,
 * transferred days, shortened days, decree days off) for the years it covers, and which of those
 * years are verified against an official source. Immutable and thread-safe.
 */
public final class ProductionCalendar {

  private final String id;
  private final Map<LocalDate, DayKind> days;
  private final Map<LocalDate, String> titles;
  private final NavigableSet<Integer> years;
  private final NavigableSet<Integer> verifiedYears;

  private ProductionCalendar(Builder b) {
    this.id = b.id;
    this.days = Map.copyOf(b.days);
    this.titles = Map.copyOf(b.titles);
    this.years = Collections.unmodifiableNavigableSet(new TreeSet<>(b.years));
    this.verifiedYears = Collections.unmodifiableNavigableSet(new TreeSet<>(b.verified));
  }

  /** A builder for a calendar with this id ({@code ru}, {@code kz}). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The calendar's id. */
  public String id() {
    return id;
  }

  /** What the calendar says about a date; empty for an ordinary date or an uncovered year. */
  public Optional<DayKind> kind(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** The holiday's name for a date, when the source gives one. */
  public Optional<String> title(LocalDate date) {
    return Optional.ofNullable(titles.get(date));
  }

  /** Whether the calendar has data for the year. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** Whether the year's data was checked against an official source. */
  public boolean verified(int year) {
    return verifiedYears.contains(year);
  }

  /** The years with data, ascending. */
  public NavigableSet<Integer> years() {
    return years;
  }

  /** A builder holding this calendar's data, to add to it (next year's decree, corrections). */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.days.putAll(days);
    b.titles.putAll(titles);
    b.years.addAll(years);
    b.verified.addAll(verifiedYears);
    return b;
  }

  @Override
  public String toString() {
    return "ProductionCalendar[" + id + ", " + (years.isEmpty() ? "no years" : years.first() + "-" + years.last()) + "]";
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final String id;
    private final Map<LocalDate, DayKind> days = new HashMap<>();
    private final Map<LocalDate, String> titles = new HashMap<>();
    private final NavigableSet<Integer> years = new TreeSet<>();
    private final NavigableSet<Integer> verified = new TreeSet<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Declares a year covered; {@code verified} when checked against an official source. */
    public Builder year(int year, boolean isVerified) {
      years.add(year);
      if (isVerified) {
        verified.add(year);
      } else {
        verified.remove(year);
      }
      return this;
    }

    /** Sets what a date is (replacing what was said of it); its year becomes covered. */
    public Builder day(LocalDate date, DayKind kind, String title) {
      days.put(date, Objects.requireNonNull(kind, "kind"));
      if (title != null && !title.isBlank()) {
        titles.put(date, title);
      } else {
        titles.remove(date);
      }
      years.add(date.getYear());
      return this;
    }

    /** Forgets what was said of a date (it becomes ordinary). */
    public Builder clear(LocalDate date) {
      days.remove(date);
      titles.remove(date);
      return this;
    }

    /** What is said of a date so far. */
    public Optional<DayKind> kind(LocalDate date) {
      return Optional.ofNullable(days.get(date));
    }

    /** The calendar. */
    public ProductionCalendar build() {
      return new ProductionCalendar(this);
    }
  }
}
