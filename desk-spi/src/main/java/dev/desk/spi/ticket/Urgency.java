package dev.desk.spi.ticket;

/** Urgency classes of dispatch work, most urgent first; {@code compareTo} orders by urgency. */
public enum Urgency {
  /** Danger to life, health or property, or a whole service down. */
  EMERGENCY,
  /** Work is blocked and must be restored soon. */
  URGENT,
  /** Can be scheduled. */
  PLANNED,
  /** A question; nothing is broken. */
  CONSULTATION;

  /** Whether this class is more urgent than {@code other}. */
  public boolean isMoreUrgentThan(Urgency other) {
    return compareTo(other) < 0;
  }
}
