package dev.desk.spi.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * That a level of an escalation rule fired on a ticket in a cycle: what keeps it from firing
 * again before its repeat interval.
 *
 * @param rule the rule's id
 * @param level the level
 * @param cycle the ticket's cycle (1, and one more after each reopen)
 * @param lastFiredAt when it fired last
 * @param times how often it fired in this cycle
 */
public record EscalationMark(String rule, int level, int cycle, Instant lastFiredAt, int times) {

  /** Rejects missing parts. */
  public EscalationMark {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(lastFiredAt, "lastFiredAt");
  }
}
