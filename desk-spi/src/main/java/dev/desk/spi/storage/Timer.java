package dev.desk.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A timer of a ticket: a kind, named in the namespace of the feature that owns it ({@code
 * "sla.clocks"}, {@code "escalation.look"}), and the instant it falls due. A ticket has at most
 * one timer of each kind. Stores keep timers as durable rows beside the ticket and hand the due
 * ones to the sweep ({@link TicketStore#processDue}); a timer fires once, whichever process sweeps.
 *
 * @param kind the timer's kind
 * @param dueAt when it falls due
 */
public record Timer(String kind, Instant dueAt) {

  /** Rejects a missing or malformed kind and a missing instant. */
  public Timer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    if (kind.length() > 64 || !wellFormed(kind)) {
      throw new IllegalArgumentException("a timer kind is namespace.name in lower case, at most 64 characters: "
          + kind);
    }
  }

  /**
   * Whether the kind reads {@code [a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+}; checked by hand, as a
   * timer is made for every intent that moves one.
   */
  private static boolean wellFormed(String kind) {
    int segments = 0;
    boolean segmentStart = true;
    for (int i = 0; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (segmentStart) {
        if (c < 'a' || c > 'z') {
          return false;
        }
        segmentStart = false;
        segments++;
      } else if (c == '.') {
        segmentStart = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return segments >= 2 && !segmentStart;
  }
}
