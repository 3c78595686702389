package dev.desk.core.internal;

import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.sla.ClockCycle;
import dev.desk.core.text.DurationWords;
import dev.desk.core.text.Labels;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A clock's history from the journal: its cycles, and one line per event for {@link ClockReports#explain}. */
final class ClockHistory {

  private ClockHistory() {}

  /**
   * The cycles of the clock of this kind, oldest first, as the journal tells them. The last one,
   * if it has not ended, says what it consumed by {@code now}.
   */
  static List<ClockCycle> cycles(List<JournalEvent> journal, SlaClockKind kind, SlaClock current,
      CalendarHistory calendar, Instant now) {
    List<ClockCycle> cycles = new ArrayList<>();
    Open open = null;
    for (JournalEvent e : journal) {
      if (!(e.change() instanceof TicketChange.ClockChange change) || change.kind() != kind) {
        continue;
      }
      Instant at = e.occurredAt();
      if (change instanceof TicketChange.ClockStarted c) {
        open = new Open(kind, c.cycle(), c.policyId(), c.target(), at);
      } else if (open == null) {
        continue; // a journal that lost its start: nothing to attach the event to
      } else if (change instanceof TicketChange.ClockPaused c) {
        open.pauses.add(new ClockCycle.Pause(at, null, c.state()));
      } else if (change instanceof TicketChange.ClockResumed) {
        open.resume(at);
      } else if (change instanceof TicketChange.ClockTargetChanged c) {
        open.policyId = c.policyId();
        open.target = c.target();
      } else if (change instanceof TicketChange.ClockBreached) {
        open.breached = true;
      } else if (change instanceof TicketChange.ClockStopped c) {
        cycles.add(open.end(at, c.consumed(), c.met() ? SlaClock.Status.MET : SlaClock.Status.BREACHED));
        open = null;
      }
    }
    if (open != null && current.cycle() == open.cycle) {
      Duration consumed = ClockPlanner.consumedAt(current, calendar, now);
      boolean overdue = open.breached || consumed.compareTo(open.target) > 0;
      cycles.add(open.end(null, consumed, overdue ? SlaClock.Status.BREACHED
          : current.state() == SlaClock.State.PAUSED ? SlaClock.Status.PAUSED : SlaClock.Status.RUNNING));
    }
    return cycles;
  }

  /** A cycle being read. */
  private static final class Open {
    final SlaClockKind kind;
    final int cycle;
    final Instant started;
    final List<ClockCycle.Pause> pauses = new ArrayList<>();
    String policyId;
    Duration target;
    boolean breached;

    Open(SlaClockKind kind, int cycle, String policyId, Duration target, Instant started) {
      this.kind = kind;
      this.cycle = cycle;
      this.policyId = policyId;
      this.target = target;
      this.started = started;
    }

    void resume(Instant at) {
      int last = pauses.size() - 1;
      if (last >= 0 && pauses.get(last).to() == null) {
        ClockCycle.Pause p = pauses.get(last);
        pauses.set(last, new ClockCycle.Pause(p.from(), at, p.state()));
      }
    }

    ClockCycle end(Instant at, Duration consumed, SlaClock.Status status) {
      return new ClockCycle(kind, cycle, policyId, target, started, at, consumed, status, pauses);
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Labels ENGLISH = Labels.of(Locale.ENGLISH);

  /** The event in words, or {@code null} when it is not about this clock. */
  static String describe(TicketChange change, SlaClockKind kind, ZoneId zone) {
    if (change instanceof TicketChange.ClockStarted c && c.kind() == kind) {
      return "cycle " + c.cycle() + " started (policy " + c.policyId() + ", target " + words(c.target())
          + (c.consumed().isZero() ? "" : ", " + words(c.consumed()) + " carried over") + "), deadline "
          + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockPaused c && c.kind() == kind) {
      return "paused (" + ENGLISH.state(c.state()) + ") after " + words(c.consumed());
    } else if (change instanceof TicketChange.ClockResumed c && c.kind() == kind) {
      return "resumed, deadline " + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockWarning c && c.kind() == kind) {
      return "warning " + c.level() + " at " + c.threshold();
    } else if (change instanceof TicketChange.ClockBreached c && c.kind() == kind) {
      return "breached: the deadline " + at(c.deadline(), zone) + " passed";
    } else if (change instanceof TicketChange.ClockStopped c && c.kind() == kind) {
      return "stopped after " + words(c.consumed()) + (c.met() ? ": met" : ": breached by " + words(c.overBy()));
    } else if (change instanceof TicketChange.ClockTargetChanged c && c.kind() == kind) {
      return "target changed to " + words(c.target()) + " by policy " + c.policyId()
          + (c.calendarId() == null ? "" : " on " + c.calendarId())
          + (c.consumed() == null ? "" : ", " + words(c.consumed()) + " consumed so far kept")
          + (c.deadline() == null ? "" : ", deadline " + at(c.deadline(), zone));
    }
    return null;
  }

  private static String at(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  /** A duration in words, as the explanation is in English. */
  static String words(Duration d) {
    return DurationWords.english().format(d);
  }
}
