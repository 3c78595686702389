package dev.desk.core.escalation;

import java.util.Objects;

/** What a level does when it fires. */
public sealed interface EscalationAction {

  /** When a notification goes out. */
  enum Delivery {
    /** At once, whatever the hour. */
    AT_ONCE,
    /** When the recipient's working hours begin (at once when they are at work). */
    WORKING_HOURS,
    /** EMERGENCY and URGENT at once, PLANNED and CONSULTATION in working hours. */
    BY_URGENCY
  }

  /**
   * Plans a notification.
   *
   * @param recipient who
   * @param delivery when
   */
  record Notify(Recipient recipient, Delivery delivery) implements EscalationAction {
    /** Rejects missing parts. */
    public Notify {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(delivery, "delivery");
    }
  }

  /**
   * Hands the ticket to another group, unassigned; the line never goes down.
   *
   * @param group the group
   */
  record Reassign(String group) implements EscalationAction {
    /** Rejects a missing group. */
    public Reassign {
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * Raises the ticket one line (functional escalation).
   *
   * @param group the group of the next line that takes it, or {@code null} for the first group of
   *     that line competent for the category (or none: the ticket keeps its group)
   */
  record RaiseLine(String group) implements EscalationAction {}

  /** Raises the urgency one class. */
  record RaiseUrgency() implements EscalationAction {}

  /**
   * Adds a watcher.
   *
   * @param person who
   */
  record AddWatcher(String person) implements EscalationAction {
    /** Rejects a missing person. */
    public AddWatcher {
      Objects.requireNonNull(person, "person");
    }
  }
}
