package dev.desk.core.escalation;

import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.util.Objects;

/** When a level fires. */
public sealed interface Trigger {

  /** When the clock has consumed this percentage of its target (100: breached). */
  static Trigger clock(SlaClockKind kind, int percent) {
    return new ClockPercent(kind, percent);
  }

  /** When the ticket has waited this long unassigned, in working time of the response calendar. */
  static Trigger unassignedFor(Duration workingTime) {
    return new Unassigned(workingTime);
  }

  /** As soon as the rule's filter holds. */
  static Trigger atOnce() {
    return new AtOnce();
  }

  /**
   * A percentage of an SLA clock's target.
   *
   * @param kind the clock
   * @param percent 1 to 100; 100 is the breach
   */
  record ClockPercent(SlaClockKind kind, int percent) implements Trigger {
    /** Rejects a missing clock. */
    public ClockPercent {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Time without an assignee.
   *
   * @param workingTime how long, in working time
   */
  record Unassigned(Duration workingTime) implements Trigger {
    /** Rejects a missing duration. */
    public Unassigned {
      Objects.requireNonNull(workingTime, "workingTime");
    }
  }

  /** At once. */
  record AtOnce() implements Trigger {}
}
