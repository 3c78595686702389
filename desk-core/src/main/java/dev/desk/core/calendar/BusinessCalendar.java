package dev.desk.core.calendar;

import dev.desk.core.internal.Messages;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A business calendar: a time zone, a weekly schedule, an optional production calendar and
 * per-date overrides. Answers, exact to the nanosecond and in O(log n) whatever the span:
 * {@link #add(Instant, Duration)} (the earliest instant at which the working time has passed),
 * {@link #between(Instant, Instant)}, {@link #isWorking(Instant)} and
 * {@link #nextWorkingInstant(Instant)}.
 *
 * <p>Years the production calendar does not cover fall back to the weekly schedule:
 * {@link #usesFallback(int)} says so and a warning is logged once per year; in strict mode such
 * years are refused instead. Instants outside the supported range (2000-2099 by default) are
 * refused with a {@link ValidationException}.
 *
 * <p>Immutable and thread-safe. The interval table is built on first use (tens of milliseconds
 * for a century).
 */
public final class BusinessCalendar {

  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);
  private static final long NANOS = 1_000_000_000L;

  private final String id;
  private final ZoneId zone;
  private final WeeklySchedule schedule;
  private final ProductionCalendar production;
  private final Duration shortening;
  private final boolean decreeDaysWorking;
  private final Map<LocalDate, List<WorkingInterval>> overrides;
  private final boolean strict;
  private final int firstYear;
  private final int endYear;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile Timeline timeline;
  private volatile long[] yearStarts;
  /** Per year of the range: whether it lacks production data (no boxing on the hot path). */
  private volatile boolean[] fallbackYears;

  private BusinessCalendar(Builder b) {
    this.id = b.id;
    this.zone = b.zone;
    this.schedule = b.schedule;
    this.production = b.production;
    this.shortening = b.shortening;
    this.decreeDaysWorking = b.decreeDaysWorking;
    this.overrides = Map.copyOf(b.overrides);
    this.strict = b.strict;
    this.firstYear = b.firstYear;
    this.endYear = b.endYear;
  }

  /** A builder for a calendar with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The calendar's id ({@code ru-contact-centre}). */
  public String id() {
    return id;
  }

  /** The zone its working hours are in. */
  public ZoneId zone() {
    return zone;
  }

  /** Its weekly schedule. */
  public WeeklySchedule schedule() {
    return schedule;
  }

  /** Its production calendar, if it has one. */
  public Optional<ProductionCalendar> production() {
    return Optional.ofNullable(production);
  }

  /**
   * The earliest instant {@code T >= from} such that the working time between {@code from} and
   * {@code T} equals {@code workingTime}; {@code add(t, 0) = t}. A deadline never falls strictly
   * inside closed time: two working hours from Friday 15:12 with a 17:12 close is Friday 17:12.
   *
   * @throws ValidationException for a negative duration, an instant outside the supported
   *     range, a deadline beyond it, a calendar with no working time, or (strict mode) a year the
   *     production calendar does not cover
   */
  public Instant add(Instant from, Duration workingTime) {
    if (workingTime == null || workingTime.isNegative()) {
      throw invalid("duration", "calendar.durationNegative", workingTime);
    }
    long start = nanos("from", from);
    if (workingTime.isZero()) {
      checkYears(start, start);
      return from;
    }
    Timeline tl = timeline();
    if (tl.total() == 0) {
      throw invalid("calendar", "calendar.noWorkingTime", id);
    }
    long worked = Math.addExact(tl.workedUntil(start), toNanos(workingTime));
    long deadline = tl.instantAfterWorking(worked);
    if (deadline == Long.MIN_VALUE) {
      throw invalid("duration", "calendar.beyondRange", id, firstYear, endYear - 1);
    }
    checkYears(start, deadline);
    return Instant.ofEpochSecond(Math.floorDiv(deadline, NANOS), Math.floorMod(deadline, NANOS));
  }

  /**
   * The working time between two instants; zero for equal ones.
   *
   * @throws ValidationException when {@code to} is before {@code from}, or an instant is out of range
   */
  public Duration between(Instant from, Instant to) {
    long a = nanos("from", from);
    long b = nanos("to", to);
    if (b < a) {
      throw invalid("to", "calendar.endBeforeStart", local(to), local(from));
    }
    checkYears(a, b);
    Timeline tl = timeline();
    return Duration.ofNanos(tl.workedUntil(b) - tl.workedUntil(a));
  }

  /** Whether the instant lies in working time. */
  public boolean isWorking(Instant at) {
    long t = nanos("at", at);
    checkYears(t, t);
    return timeline().isWorking(t);
  }

  /** The instant itself when it is working time, else the start of the next working interval. */
  public Instant nextWorkingInstant(Instant at) {
    long t = nanos("at", at);
    long next = timeline().nextWorking(t);
    if (next == Long.MIN_VALUE) {
      throw invalid("at", "calendar.beyondRange", id, firstYear, endYear - 1);
    }
    checkYears(t, next);
    return Instant.ofEpochSecond(Math.floorDiv(next, NANOS), Math.floorMod(next, NANOS));
  }

  /** Whether the year falls back to the weekly schedule for lack of production-calendar data. */
  public boolean usesFallback(int year) {
    return production != null && !production.covers(year);
  }

  /** The working intervals of a date, after production calendar and overrides. */
  public List<WorkingInterval> intervals(LocalDate date) {
    List<WorkingInterval> override = overrides.get(date);
    if (override != null) {
      return override;
    }
    DayOfWeek dow = date.getDayOfWeek();
    if (production == null || !production.covers(date.getYear())) {
      return schedule.on(dow);
    }
    DayKind kind = production.kind(date).orElse(null);
    if (kind == null) {
      return schedule.on(dow);
    }
    return switch (kind) {
      case PUBLIC_HOLIDAY, TRANSFERRED_DAY_OFF -> List.of();
      case DECREE_DAY_OFF -> decreeDaysWorking ? schedule.on(dow) : List.of();
      case WORKING_WEEKEND_DAY -> workingDay(dow);
      case SHORTENED_DAY -> shortened(workingDay(dow));
    };
  }

  /** What the production calendar or an override says of a date; empty for an ordinary date. */
  public Optional<String> describe(LocalDate date) {
    if (overrides.containsKey(date)) {
      return Optional.of("override " + overrides.get(date));
    }
    if (production == null || !production.covers(date.getYear())) {
      return Optional.empty();
    }
    return production.kind(date).map(kind -> kind + production.title(date).map(t -> " (" + t + ")").orElse(""));
  }

  /** An account of how {@code add(from, workingTime)} arrives at its deadline, day by day. */
  public WorkingTimeExplanation explain(Instant from, Duration workingTime) {
    return WorkingTimeExplanation.of(this, from, workingTime, add(from, workingTime));
  }

  private List<WorkingInterval> workingDay(DayOfWeek dow) {
    List<WorkingInterval> own = schedule.on(dow);
    return own.isEmpty() ? schedule.workingDayTemplate() : own;
  }

  /** The day's intervals ending {@link #shortening} earlier, taken from the last interval back. */
  private List<WorkingInterval> shortened(List<WorkingInterval> day) {
    long cut = shortening.getSeconds();
    List<WorkingInterval> result = new ArrayList<>(day);
    while (cut > 0 && !result.isEmpty()) {
      WorkingInterval last = result.remove(result.size() - 1);
      if (last.seconds() > cut) {
        result.add(new WorkingInterval(last.startSecond(), (int) (last.endSecond() - cut)));
        cut = 0;
      } else {
        cut -= last.seconds();
      }
    }
    return List.copyOf(result);
  }

  private Timeline timeline() {
    Timeline tl = timeline;
    if (tl == null) {
      synchronized (this) {
        tl = timeline;
        if (tl == null) {
          tl = buildTimeline();
          timeline = tl;
        }
      }
    }
    return tl;
  }

  private Timeline buildTimeline() {
    LocalDate first = LocalDate.of(firstYear, 1, 1);
    LocalDate end = LocalDate.of(endYear, 1, 1);
    int capacity = (int) (end.toEpochDay() - first.toEpochDay()) * 2 + 16;
    long[] starts = new long[capacity];
    long[] ends = new long[capacity];
    int n = 0;
    long[] years = new long[endYear - firstYear + 1];
    for (LocalDate date = first; date.isBefore(end); date = date.plusDays(1)) {
      if (date.getDayOfYear() == 1) {
        years[date.getYear() - firstYear] = epochNanos(date, 0);
      }
      for (WorkingInterval interval : intervals(date)) {
        long s = epochNanos(date, interval.startSecond());
        long e = epochNanos(date, interval.endSecond());
        if (n > 0 && s <= ends[n - 1]) {
          // adjacent across midnight (24/7) or squeezed together by a daylight-saving change
          ends[n - 1] = Math.max(ends[n - 1], e);
          continue;
        }
        if (e <= s) {
          continue; // swallowed by a daylight-saving gap
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = s;
        ends[n] = e;
        n++;
      }
    }
    years[years.length - 1] = epochNanos(end, 0);
    boolean[] fallback = new boolean[endYear - firstYear];
    for (int year = firstYear; year < endYear; year++) {
      fallback[year - firstYear] = usesFallback(year);
    }
    fallbackYears = fallback;
    yearStarts = years;
    return new Timeline(starts, ends, n, years[0], years[years.length - 1]);
  }

  private long epochNanos(LocalDate date, int secondOfDay) {
    ZonedDateTime at = secondOfDay == WorkingInterval.DAY
        ? date.plusDays(1).atStartOfDay(zone)
        : date.atStartOfDay().plusSeconds(secondOfDay).atZone(zone);
    return at.toEpochSecond() * NANOS;
  }

  private long nanos(String path, Instant instant) {
    if (instant == null) {
      throw invalid(path, "calendar.instantRequired");
    }
    Timeline tl = timeline();
    long seconds = instant.getEpochSecond();
    if (seconds < tl.rangeStart() / NANOS || seconds >= tl.rangeEnd() / NANOS) {
      throw invalid(path, "calendar.outOfRange", local(instant), id, firstYear, endYear - 1);
    }
    return seconds * NANOS + instant.getNano();
  }

  /** Warns once per fallback year a span touches; refuses such spans in strict mode. */
  private void checkYears(long from, long to) {
    if (production == null) {
      return;
    }
    boolean[] fallback = fallbackYears;
    int first = yearOf(from);
    int last = Math.min(yearOf(to), endYear - 1);
    for (int year = first; year <= last; year++) {
      if (fallback[year - firstYear]) {
        if (strict) {
          throw invalid("calendar", "calendar.strictYear", id, production.id(), year);
        }
        if (warnedYears.add(year)) {
          LOG.warn("Calendar {}: production calendar {} has no data for {}; using the weekly schedule",
              id, production.id(), year);
        }
      }
    }
  }

  private int yearOf(long t) {
    long[] years = yearStarts;
    int i = Arrays.binarySearch(years, t);
    return firstYear + (i >= 0 ? i : -i - 2);
  }

  private static long toNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  /** An instant as people read it, in this calendar's zone ("2025-01-01 10:00 Europe/Moscow"). */
  private String local(Instant instant) {
    return READABLE.format(instant.atZone(zone)) + " " + zone.getId();
  }

  private static ValidationException invalid(String path, String key, Object... args) {
    return new ValidationException(List.of(Messages.violation(path, key, args)));
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + id + ", " + zone + (production == null ? "" : ", " + production.id()) + "]";
  }

  /** Mutable, not thread-safe builder; settings are checked when set and at {@link #build()}. */
  public static final class Builder {
    private final String id;
    private ZoneId zone = ZoneId.of("UTC");
    private WeeklySchedule schedule;
    private ProductionCalendar production;
    private Duration shortening = Duration.ofHours(1);
    private boolean decreeDaysWorking;
    private final Map<LocalDate, List<WorkingInterval>> overrides = new HashMap<>();
    private boolean strict;
    private int firstYear = 2000;
    private int endYear = 2100;

    private Builder(String id) {
      if (id == null || id.isBlank()) {
        throw config("a calendar needs an id");
      }
      this.id = id;
    }

    /** The zone of the working hours; UTC by default. */
    public Builder zone(ZoneId value) {
      zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /** The weekly schedule; required. */
    public Builder schedule(WeeklySchedule value) {
      schedule = Objects.requireNonNull(value, "schedule");
      return this;
    }

    /** The production calendar; none by default (the weekly schedule every year). */
    public Builder production(ProductionCalendar value) {
      production = value;
      return this;
    }

    /** How much shorter a shortened day is; one hour by default. */
    public Builder shortening(Duration value) {
      if (value == null || value.isNegative() || value.compareTo(Duration.ofHours(24)) > 0) {
        throw config("shortening must be between 0 and 24 hours: " + value);
      }
      shortening = value;
      return this;
    }

    /** Whether decree days off (2020-2021) count as working days; they do not by default. */
    public Builder decreeDaysWorking(boolean value) {
      decreeDaysWorking = value;
      return this;
    }

    /** Replaces a date's intervals (an empty list closes it). */
    public Builder override(LocalDate date, List<WorkingInterval> intervals) {
      overrides.put(Objects.requireNonNull(date, "date"), WeeklySchedule.checked(date.toString(), intervals));
      return this;
    }

    /** Refuse years the production calendar does not cover instead of falling back. */
    public Builder strict(boolean value) {
      strict = value;
      return this;
    }

    /** The supported years, {@code [firstYear, endYear)}; 2000 to 2100 by default. */
    public Builder supportedYears(int first, int endExclusive) {
      if (first < 1971 || endExclusive > 2250 || first >= endExclusive) {
        throw config("supported years must lie within 1971-2249 and be at least one: " + first + "-" + endExclusive);
      }
      firstYear = first;
      endYear = endExclusive;
      return this;
    }

    /** The calendar. */
    public BusinessCalendar build() {
      if (schedule == null) {
        throw config("calendar " + id + " needs a weekly schedule");
      }
      return new BusinessCalendar(this);
    }

    private static DeskException config(String message) {
      return new DeskException(ErrorCode.CONFIGURATION_INVALID, message);
    }
  }
}
