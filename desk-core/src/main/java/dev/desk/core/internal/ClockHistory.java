package dev.desk.core.internal;

import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClockKind;
import java.time.Instant;
import java.time.ZoneId;

/** One line per clock event of a kind, for {@link ClockReports#explain}. */
final class ClockHistory {

  private ClockHistory() {}

  /** The event in words, or {@code null} when it is not about this clock. */
  static String describe(TicketChange change, SlaClockKind kind, ZoneId zone) {
    if (change instanceof TicketChange.ClockStarted c && c.kind() == kind) {
      return "cycle " + c.cycle() + " started (policy " + c.policyId() + ", target " + c.target()
          + (c.consumed().isZero() ? "" : ", " + c.consumed() + " carried over") + "), deadline " + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockPaused c && c.kind() == kind) {
      return "paused in " + c.state() + " after " + c.consumed();
    } else if (change instanceof TicketChange.ClockResumed c && c.kind() == kind) {
      return "resumed, deadline " + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockWarning c && c.kind() == kind) {
      return "warning " + c.level() + " at " + c.threshold();
    } else if (change instanceof TicketChange.ClockBreached c && c.kind() == kind) {
      return "breached: the deadline " + at(c.deadline(), zone) + " passed";
    } else if (change instanceof TicketChange.ClockStopped c && c.kind() == kind) {
      return "stopped after " + c.consumed() + (c.met() ? ": MET" : ": BREACHED by " + c.overBy());
    } else if (change instanceof TicketChange.ClockTargetChanged c && c.kind() == kind) {
      return "target changed to " + c.target() + " by policy " + c.policyId()
          + (c.deadline() == null ? "" : ", deadline " + at(c.deadline(), zone));
    }
    return null;
  }

  private static String at(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
