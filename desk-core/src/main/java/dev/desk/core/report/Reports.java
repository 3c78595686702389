package dev.desk.core.report;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.internal.AccessPolicy;
import dev.desk.core.internal.Messages;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The reports of a desk, made from its {@link ReportModel}, each showing a reader only what they
 * may see ({@link ReportAccess}), counted before any figure is made: a supervisor every ticket, a
 * group lead the tickets of their groups (where a ticket was when the figure was decided), an agent
 * their own work, a requester the SLA compliance of their own organisation's tickets, never
 * grouped by agent. Thread-safe.
 */
public final class Reports {

  private static final Duration[] AGE_LIMITS = {Duration.ofHours(2), Duration.ofHours(8), Duration.ofHours(24),
      Duration.ofHours(40)};

  /** The most working days a resolution may be asked to stand unreopened. */
  public static final int MAX_REOPEN_DAYS = 30;

  private final ReportModel model;
  private final ZoneId zone;
  private final CalendarHistory calendar;
  private final Clock clock;
  private final ReportAccess access;

  /**
   * Reports over the model where nobody leads a group ({@link ReportAccess#withoutLeads}).
   *
   * @param zone the time zone of days, weeks and months
   * @param calendar the calendar ages and working days are counted on
   * @param clock now, for what is still pending
   */
  public Reports(ReportModel model, ZoneId zone, BusinessCalendar calendar, Clock clock) {
    this(model, zone, CalendarHistory.of(calendar), clock, ReportAccess.withoutLeads());
  }

  /**
   * Reports over the model.
   *
   * @param zone the time zone of days, weeks and months
   * @param calendar the calendar ages and working days are counted on, each stretch of time on the
   *     version in force while it passed, so an edit never changes a figure about the time before it
   * @param clock now, for what is still pending
   * @param access who may count what ({@code ReportAccess.of(serviceDirectory)})
   */
  public Reports(ReportModel model, ZoneId zone, CalendarHistory calendar, Clock clock, ReportAccess access) {
    this.model = Objects.requireNonNull(model, "model");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.access = Objects.requireNonNull(access, "access");
  }

  /**
   * SLA compliance per target in the period, grouped.
   *
   * @throws ValidationException for a bad period
   * @throws AccessDeniedException when a requester asks it by agent
   */
  public SlaCompliance slaCompliance(Actor reader, Instant from, Instant to, List<Grouping> by) {
    ReportPeriod period = ReportPeriod.of(from, to);
    requireReader(reader);
    if (reader.role() == ActorRole.REQUESTER && by.contains(Grouping.AGENT)) {
      throw new AccessDeniedException("Requester " + reader.id() + " may not read SLA compliance by agent");
    }
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<SlaClockKind, Map<List<String>, List<ClockOutcome>>> groups = new TreeMap<>();
    for (ClockOutcome o : model.outcomes()) {
      if (period.contains(o.decidedAt()) && visible.test(o.facts())) {
        groups.computeIfAbsent(o.target(), k -> new TreeMap<>(KEYS))
            .computeIfAbsent(key(by, o.facts(), o.decidedAt()), k -> new ArrayList<>()).add(o);
      }
    }
    List<SlaCompliance.Row> rows = new ArrayList<>();
    groups.forEach((target, byKey) -> byKey.forEach((key, cycles) -> {
      long met = cycles.stream().filter(ClockOutcome::met).count();
      List<Duration> used = cycles.stream().map(ClockOutcome::workingTime).sorted().toList();
      rows.add(new SlaCompliance.Row(target, key, met, cycles.size() - met, rank(used, 50), rank(used, 90)));
    }));
    return new SlaCompliance(SlaCompliance.DEFINITION, period, by, rows);
  }

  /**
   * The tickets open at the instant, grouped, with their ages in working time.
   *
   * @throws ValidationException when grouped by day, week or month (an instant has one)
   * @throws AccessDeniedException for a requester
   */
  public Backlog backlog(Actor reader, Instant at, List<Grouping> by) {
    Objects.requireNonNull(at, "at");
    requireStaff(reader, "read the backlog");
    if (by.stream().anyMatch(Grouping::byTime)) {
      throw new ValidationException(List.of(Messages.violation("by", "report.grouping.instant")));
    }
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    model.eachTrack(t -> {
      if (t.openAt(at)) {
        Facts f = t.factsAt(at);
        if (visible.test(f)) {
          long[] c = counts.computeIfAbsent(key(by, f, at), k -> new long[AGE_LIMITS.length + 1]);
          c[bucket(calendar.between(t.registeredAt, at))]++;
        }
      }
    });
    List<Backlog.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> rows.add(new Backlog.Row(key, Arrays.stream(c).sum(),
        Arrays.stream(c).boxed().toList())));
    return new Backlog(Backlog.DEFINITION, at, by, Backlog.AGES, rows);
  }

  /**
   * Tickets in and out of the backlog in the period, grouped.
   *
   * @throws ValidationException for a bad period
   * @throws AccessDeniedException for a requester
   */
  public Flow flow(Actor reader, Instant from, Instant to, List<Grouping> by) {
    ReportPeriod period = ReportPeriod.of(from, to);
    requireStaff(reader, "read the inflow and outflow");
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    Instant last = to.minusNanos(1);
    model.eachTrack(t -> {
      if (period.contains(t.registeredAt)) {
        Facts f = t.factsAt(t.registeredAt);
        if (visible.test(f)) {
          counts.computeIfAbsent(key(by, f, t.registeredAt), k -> new long[2])[0]++;
        }
      }
      Instant left = t.leftBy(last);
      if (left != null && period.contains(left) && !t.openAt(last)) {
        Facts f = t.factsAt(left);
        if (visible.test(f)) {
          counts.computeIfAbsent(key(by, f, left), k -> new long[2])[1]++;
        }
      }
    });
    List<Flow.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> rows.add(new Flow.Row(key, c[0], c[1])));
    return new Flow(Flow.DEFINITION, period, by, rows);
  }

  /**
   * First-line and first-contact resolution of the tickets first resolved in the period.
   *
   * @param reopenDays the working days a resolution must stand unreopened, 0 to {@value #MAX_REOPEN_DAYS}
   * @throws ValidationException for a bad period or count of days
   * @throws AccessDeniedException for a requester
   */
  public FirstResolution firstResolution(Actor reader, Instant from, Instant to, List<Grouping> by, int reopenDays) {
    ReportPeriod period = period(from, to, reopenDays);
    requireStaff(reader, "read first resolution");
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<TicketId, List<Instant>> reopens = model.reopens();
    Instant now = clock.instant();
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    for (ReportModel.Resolution r : model.resolutions()) {
      if (r.first() && period.contains(r.at()) && visible.test(r.facts())) {
        long[] c = counts.computeIfAbsent(key(by, r.facts(), r.at()), k -> new long[4]);
        Instant settled = afterWorkingDays(r.at(), reopenDays);
        boolean reopened = reopenedBy(reopens.get(r.ticket()), r.at(), settled);
        c[0]++;
        if (!reopened && settled.isAfter(now)) {
          c[1]++; // not reopened yet, but it may still be
        } else if (!reopened) {
          c[2] += r.firstLine() ? 1 : 0;
          c[3] += r.firstContact() ? 1 : 0;
        }
      }
    }
    List<FirstResolution.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> rows.add(new FirstResolution.Row(key, c[0], c[1], c[2], c[3])));
    return new FirstResolution(FirstResolution.DEFINITION, period, reopenDays, by, rows);
  }

  /**
   * The quality of work in the period, per agent or group (or any grouping).
   *
   * @param reopenDays the working days in which a reopen counts against a resolution
   * @throws ValidationException for a bad period or count of days
   * @throws AccessDeniedException for a requester
   */
  public Quality quality(Actor reader, Instant from, Instant to, List<Grouping> by, int reopenDays) {
    ReportPeriod period = period(from, to, reopenDays);
    requireStaff(reader, "read the quality of work");
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<TicketId, List<Instant>> reopens = model.reopens();
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    Map<List<String>, List<Duration>> responses = new TreeMap<>(KEYS);
    for (ReportModel.Resolution r : model.resolutions()) {
      if (r.first() && period.contains(r.at()) && visible.test(r.facts())) {
        long[] c = counts.computeIfAbsent(key(by, r.facts(), r.at()), k -> new long[4]);
        c[0]++;
        c[1] += reopenedBy(reopens.get(r.ticket()), r.at(), afterWorkingDays(r.at(), reopenDays)) ? 1 : 0;
      }
    }
    for (ClockOutcome o : model.outcomes()) {
      if (period.contains(o.decidedAt()) && visible.test(o.facts())) {
        List<String> key = key(by, o.facts(), o.decidedAt());
        long[] c = counts.computeIfAbsent(key, k -> new long[4]);
        c[2]++;
        c[3] += o.met() ? 0 : 1;
        if (o.target() == SlaClockKind.RESPONSE) {
          responses.computeIfAbsent(key, k -> new ArrayList<>()).add(o.workingTime());
        }
      }
    }
    // each ticket's latest mark in the period
    Map<TicketId, ReportModel.Rating> latest = new LinkedHashMap<>();
    for (ReportModel.Rating r : model.ratings()) {
      if (period.contains(r.at()) && visible.test(r.facts())) {
        latest.put(r.ticket(), r);
      }
    }
    Map<List<String>, long[]> marks = new TreeMap<>(KEYS);
    for (ReportModel.Rating r : latest.values()) {
      List<String> key = key(by, r.facts(), r.at());
      counts.computeIfAbsent(key, k -> new long[4]);
      long[] m = marks.computeIfAbsent(key, k -> new long[2]);
      m[0]++;
      m[1] += r.score();
    }
    List<Quality.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> {
      long[] m = marks.getOrDefault(key, new long[2]);
      rows.add(new Quality.Row(key, c[0], c[1], c[2], c[3],
          responses.containsKey(key) ? rank(responses.get(key).stream().sorted().toList(), 50) : null, m[0],
          m[0] == 0 ? null : (double) m[1] / m[0]));
    });
    return new Quality(Quality.DEFINITION, period, reopenDays, by, rows);
  }

  /**
   * The most frequent failures of the period: incidents grouped, most first, against the period
   * of the same length just before.
   *
   * @throws ValidationException for a bad period
   * @throws AccessDeniedException for a requester
   */
  public Failures failures(Actor reader, Instant from, Instant to, List<Grouping> by) {
    ReportPeriod period = ReportPeriod.of(from, to);
    requireStaff(reader, "read the most frequent failures");
    ReportPeriod previous = new ReportPeriod(from.minus(Duration.between(from, to)), from);
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    model.eachTrack(t -> {
      for (ReportPeriod p : List.of(period, previous)) {
        if (p.contains(t.registeredAt)) {
          Instant end = p.to().minusNanos(1);
          Facts f = t.factsAt(end);
          if (f.type() == TicketType.INCIDENT && visible.test(f)) {
            counts.computeIfAbsent(key(by, f, end), k -> new long[2])[p == period ? 0 : 1]++;
          }
        }
      }
    });
    long all = counts.values().stream().mapToLong(c -> c[0]).sum();
    List<Map.Entry<List<String>, long[]>> ranked = counts.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<List<String>, long[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey, KEYS)).toList();
    List<Failures.Row> rows = new ArrayList<>();
    long running = 0;
    for (Map.Entry<List<String>, long[]> e : ranked) {
      running += e.getValue()[0];
      rows.add(new Failures.Row(e.getKey(), e.getValue()[0], e.getValue()[1],
          all == 0 ? 0 : (double) e.getValue()[0] / all, all == 0 ? 0 : (double) running / all));
    }
    return new Failures(Failures.DEFINITION, period, previous, by, rows);
  }

  /**
   * The breaches of the period grouped by the reason of delay given for each (002), {@code -} for
   * those not yet explained.
   *
   * @throws ValidationException for a bad period
   * @throws AccessDeniedException for a requester
   */
  public Delays delays(Actor reader, Instant from, Instant to, List<Grouping> by) {
    ReportPeriod period = ReportPeriod.of(from, to);
    requireStaff(reader, "read the reasons of delays");
    Predicate<Facts> visible = access.visibleTo(reader);
    Map<List<String>, long[]> counts = new TreeMap<>(KEYS);
    for (ClockOutcome o : model.outcomes()) {
      if (!o.met() && period.contains(o.decidedAt()) && visible.test(o.facts())) {
        List<String> key = new ArrayList<>(key(by, o.facts(), o.decidedAt()));
        String reason = model.delayReason(o);
        key.add(reason == null ? "-" : reason);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
      }
    }
    List<Delays.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> rows.add(new Delays.Row(key.subList(0, key.size() - 1), key.get(key.size() - 1),
        c[0])));
    return new Delays(Delays.DEFINITION, period, by, rows);
  }

  /**
   * The handovers of every shift that handed over in the period, for the groups whose shifts the
   * reader may read: one {@link #shift} report each, its end the shift's last handover.
   *
   * @throws ValidationException for a bad period
   * @throws AccessDeniedException for a requester
   */
  public List<ShiftReport> shifts(Actor reader, Instant from, Instant to) {
    ReportPeriod period = ReportPeriod.of(from, to);
    requireStaff(reader, "read shifts' handovers");
    Map<List<String>, Instant> ends = new TreeMap<>(KEYS); // [group, shift] -> its last handover
    for (ReportModel.Handover h : model.handovers()) {
      if (period.contains(h.at()) && access.mayReadShift(reader, h.group())) {
        ends.merge(List.of(h.group(), h.shift()), h.at(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<ShiftReport> out = new ArrayList<>();
    ends.forEach((key, end) -> out.add(shift(reader, key.get(0), key.get(1), end)));
    return out;
  }

  /**
   * A shift's handover for a group: the tickets handed over in the shift, as journaled then, and
   * those of the group still open at its end that were not.
   *
   * @param end the shift's end
   * @throws AccessDeniedException for a requester, and for an agent neither of the group nor its lead
   */
  public ShiftReport shift(Actor reader, String group, String shift, Instant end) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(end, "end");
    requireStaff(reader, "read a shift's handover");
    if (!access.mayReadShift(reader, group)) {
      throw new AccessDeniedException("Agent " + reader.id() + " is neither of group " + group + " nor its lead");
    }
    List<ShiftReport.Row> rows = new ArrayList<>();
    Set<TicketId> handed = new HashSet<>();
    for (ReportModel.Handover h : model.handovers()) {
      if (h.shift().equals(shift) && h.group().equals(group)) {
        handed.add(h.ticket());
        rows.add(new ShiftReport.Row(h.number(), h.at(), h.by(), h.timeLeft(), h.lastAction(), h.nextStep(),
            h.acceptedBy(), h.acceptedAt()));
      }
    }
    List<String> notHanded = new ArrayList<>();
    model.eachTrack(t -> {
      if (!handed.contains(t.id) && t.openAt(end) && group.equals(t.factsAt(end).group())) {
        notHanded.add(t.number);
      }
    });
    notHanded.stream().sorted().forEach(n -> rows.add(new ShiftReport.Row(n, null, null, null, null, null, null,
        null)));
    return new ShiftReport(ShiftReport.DEFINITION, group, shift, end, rows);
  }

  private static ReportPeriod period(Instant from, Instant to, int reopenDays) {
    ReportPeriod period = ReportPeriod.of(from, to);
    if (reopenDays < 0 || reopenDays > MAX_REOPEN_DAYS) {
      throw new ValidationException(List.of(Messages.violation("reopenDays", "constraint.Size", 0,
          MAX_REOPEN_DAYS)));
    }
    return period;
  }

  /** Whether a reopen came after the instant and before the end. */
  private static boolean reopenedBy(List<Instant> reopens, Instant after, Instant end) {
    return reopens != null && reopens.stream().anyMatch(r -> r.isAfter(after) && r.isBefore(end));
  }

  /** The end of the n-th working day of the calendar after the one of the instant (the instant itself for 0). */
  private Instant afterWorkingDays(Instant at, int days) {
    if (days == 0) {
      return at;
    }
    ZoneId dayZone = calendar.at(at).zone();
    LocalDate date = at.atZone(dayZone).toLocalDate();
    for (int found = 0; found < days; ) {
      date = date.plusDays(1);
      found += calendar.on(date).intervals(date).isEmpty() ? 0 : 1; // the day counted on its own version
    }
    return date.plusDays(1).atStartOfDay(dayZone).toInstant();
  }

  private static final Comparator<List<String>> KEYS = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private List<String> key(List<Grouping> by, Facts f, Instant at) {
    return by.stream().map(g -> g.key(f, at, zone)).toList();
  }

  private static int bucket(Duration age) {
    for (int i = 0; i < AGE_LIMITS.length; i++) {
      if (age.compareTo(AGE_LIMITS[i]) < 0) {
        return i;
      }
    }
    return AGE_LIMITS.length;
  }

  /** The value at the percentile by nearest rank; zero for none. */
  private static Duration rank(List<Duration> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static void requireReader(Actor reader) {
    Objects.requireNonNull(reader, "reader");
  }

  private static void requireStaff(Actor reader, String what) {
    requireReader(reader);
    AccessPolicy.requireStaff(reader, what);
  }
}
