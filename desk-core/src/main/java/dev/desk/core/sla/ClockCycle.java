package dev.desk.core.sla;

import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One cycle of an SLA clock, from the journal: an UPDATE clock has a cycle per update the
 * requester waited for, a RESOLUTION clock one per reopening.
 *
 * @param kind which clock
 * @param cycle its number, from 1
 * @param policyId the policy the cycle ended under (or runs under)
 * @param target the working time allowed
 * @param started when it started
 * @param ended when it stopped; {@code null} while it runs or is paused
 * @param consumed the working time it consumed (so far, for a cycle that has not ended)
 * @param status MET or BREACHED once ended; RUNNING, PAUSED or BREACHED (its target ran out) before
 * @param pauses its pauses, oldest first
 */
public record ClockCycle(SlaClockKind kind, int cycle, String policyId, Duration target, Instant started,
    Instant ended, Duration consumed, SlaClock.Status status, List<Pause> pauses) {

  /** Rejects missing parts. */
  public ClockCycle {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(consumed, "consumed");
    Objects.requireNonNull(status, "status");
    pauses = List.copyOf(pauses);
  }

  /**
   * A pause of a cycle: time that did not count.
   *
   * @param from when it paused
   * @param to when it resumed; {@code null} while paused (or when the cycle ended paused)
   * @param state the ticket state that paused it
   */
  public record Pause(Instant from, Instant to, String state) {

    /** Rejects missing parts. */
    public Pause {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(state, "state");
    }
  }
}
