package dev.desk.core.report;

import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How one cycle of one SLA target ended, decided once: met when its clock stopped within the
 * target, breached when the target ran out (counted then, while the breach still runs, and never
 * again when the clock stops late). The working time is the one the journal recorded when it was
 * decided, so editing a calendar later changes no past outcome.
 *
 * @param ticket the ticket
 * @param number its number
 * @param target which target (response, resolution, update)
 * @param cycle the clock's cycle, from 1
 * @param decidedAt when it was met or breached
 * @param met whether it was met
 * @param workingTime working time consumed when decided (the target, for a breach still running)
 * @param facts what the ticket was when it was decided
 */
public record ClockOutcome(TicketId ticket, String number, SlaClockKind target, int cycle, Instant decidedAt,
    boolean met, Duration workingTime, Facts facts) {

  /** Requires every part. */
  public ClockOutcome {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(workingTime, "workingTime");
    Objects.requireNonNull(facts, "facts");
  }
}
