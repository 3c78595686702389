package dev.desk.core.internal;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.sla.ClockCycle;
import dev.desk.core.sla.ClockReport;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.text.Labels;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** What a ticket's SLA clocks say now, and why their deadlines are what they are, in words. Thread-safe. */
public final class ClockReports {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Labels ENGLISH = Labels.of(Locale.ENGLISH);

  private final Function<String, CalendarHistory> calendars;
  private final SlaPolicies policies;

  /** Reports on clocks counting on these calendars (by id), set by these policies. */
  public ClockReports(Function<String, CalendarHistory> calendars, SlaPolicies policies) {
    this.calendars = calendars;
    this.policies = policies;
  }

  /** What the clock of this kind says at {@code now}, if the ticket has one. */
  public Optional<ClockReport> report(TicketSnapshot ticket, SlaClockKind kind, Instant now) {
    return ticket.clock(kind).map(c -> {
      Duration consumed = ClockPlanner.consumedAt(c, calendars.apply(c.calendarId()), now);
      boolean overdue = consumed.compareTo(c.target()) > 0;
      SlaClock.Status status = overdue && c.state() != SlaClock.State.STOPPED ? SlaClock.Status.BREACHED : c.status();
      return new ClockReport(kind, status, c.cycle(), c.target(), consumed, c.target().minus(consumed), c.deadline());
    });
  }

  /** Every cycle of the clock of this kind, oldest first; empty when the ticket has no such clock. */
  public List<ClockCycle> cycles(TicketSnapshot ticket, List<JournalEvent> journal, SlaClockKind kind, Instant now) {
    return ticket.clock(kind).map(c -> ClockHistory.cycles(journal, kind, c, calendars.apply(c.calendarId()), now))
        .orElse(List.of());
  }

  /**
   * The clock's policy and target, every start, pause, resume, warning, breach and stop of every
   * cycle from the journal, and for a running clock the calendar's day-by-day account of the
   * remaining allowance.
   */
  public Optional<String> explain(TicketSnapshot ticket, List<JournalEvent> journal, SlaClockKind kind) {
    return explain(ticket, journal, kind, null);
  }

  /**
   * The same, its instants in the reader's zone (the calendar's when {@code zone} is null); the
   * day-by-day account stays in the calendar's zone, whose days it counts.
   */
  public Optional<String> explain(TicketSnapshot ticket, List<JournalEvent> journal, SlaClockKind kind, ZoneId zone) {
    Optional<SlaClock> found = ticket.clock(kind);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SlaClock c = found.get();
    // the day-by-day account runs on the version in force when the clock last started running
    BusinessCalendar calendar = calendars.apply(c.calendarId()).at(c.runningSince() == null ? Instant.MAX
        : c.runningSince());
    ZoneId reader = zone == null ? calendar.zone() : zone;
    StringBuilder text = new StringBuilder();
    text.append(ENGLISH.of("clock", kind.name())).append(" clock of ").append(ticket.number())
        .append(" (times in ").append(reader.getId()).append("): policy ").append(c.policyId())
        .append(" (").append(why(c.policyId())).append(")")
        .append(", target ").append(ClockHistory.words(c.target())).append(" of working time on calendar ")
        .append(c.calendarId())
        .append(", cycle ").append(c.cycle()).append(", ").append(c.status().name().toLowerCase(Locale.ROOT))
        .append('\n');
    for (JournalEvent e : journal) {
      String line = ClockHistory.describe(e.change(), kind, reader);
      if (line != null) {
        text.append("  ").append(TIME.format(e.occurredAt().atZone(reader))).append("  ").append(line)
            .append('\n');
      }
    }
    if (c.state() == SlaClock.State.RUNNING) {
      Duration left = c.target().minus(c.consumed());
      text.append("Consumed ").append(ClockHistory.words(c.consumed())).append(" before ")
          .append(TIME.format(c.runningSince().atZone(reader))).append("; the remaining ")
          .append(ClockHistory.words(left.isNegative() ? Duration.ZERO : left)).append(" runs as follows:\n")
          .append(calendar.explain(c.runningSince(), left.isNegative() ? Duration.ZERO : left).text());
    }
    return Optional.of(text.toString());
  }

  /** Why the policy applies, in words. */
  private String why(String policyId) {
    return policies.byId(policyId).map(p -> policies.isDefault(p) ? "the default: no other policy matched"
        : p.specificity() == 0 ? "matches every ticket" : "matched on " + p.criteria())
        .orElse("no longer configured");
  }
}
