package dev.desk.spi.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /** Rejects a missing or malformed kind and a missing instant. */
  public Timer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    if (kind.length() > 64 || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("a timer kind is namespace.name in lower case, at most 64 characters: "
          + kind);
    }
  }
}
