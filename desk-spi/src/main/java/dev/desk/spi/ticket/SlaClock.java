package dev.desk.spi.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One SLA clock of a ticket as of its last journal event. While it runs, the working time
 * consumed now is {@code consumed} plus the working time since {@code runningSince} on its
 * calendar; desk computes that ({@code Desk.clockStatus}).
 *
 * @param kind RESPONSE, RESOLUTION or UPDATE
 * @param policyId the SLA policy that set the target
 * @param target the working time allowed
 * @param calendarId the business calendar it counts on
 * @param cycle 1 for the first run; a reopen or a restart begins the next
 * @param state running, paused or stopped
 * @param consumed working time consumed up to {@code runningSince} (or in all, when not running)
 * @param runningSince when it last started or resumed; {@code null} unless running
 * @param deadline when the target runs out if it keeps running; {@code null} unless running
 * @param warningsFired how many warning thresholds of this cycle have fired
 * @param breached whether the target ran out in this cycle
 * @param nextDue the next instant the timer sweep must look at it; {@code null} for none
 */
public record SlaClock(
    SlaClockKind kind,
    String policyId,
    Duration target,
    String calendarId,
    int cycle,
    State state,
    Duration consumed,
    Instant runningSince,
    Instant deadline,
    int warningsFired,
    boolean breached,
    Instant nextDue) {

  /** Whether a clock runs. */
  public enum State {
    /** Counting working time. */
    RUNNING,
    /** Paused: time does not count (waiting for the customer). */
    PAUSED,
    /** Stopped: met or breached for this cycle. */
    STOPPED
  }

  /** What a clock reports. */
  public enum Status {
    /** Running, within its target. */
    RUNNING,
    /** Paused, within its target. */
    PAUSED,
    /** Stopped within its target. */
    MET,
    /** Its target ran out (running, paused or stopped). */
    BREACHED
  }

  /** Rejects missing parts. */
  public SlaClock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(consumed, "consumed");
  }

  /** The status this clock reports. */
  public Status status() {
    if (breached) {
      return Status.BREACHED;
    }
    return switch (state) {
      case RUNNING -> Status.RUNNING;
      case PAUSED -> Status.PAUSED;
      case STOPPED -> Status.MET;
    };
  }
}
