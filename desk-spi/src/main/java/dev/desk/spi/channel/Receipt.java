package dev.desk.spi.channel;

import java.util.List;
import java.util.Objects;

/**
 * What desk made of a message; a channel answers the sender with {@link #reply()} when it is set.
 *
 * @param outcome what happened
 * @param ticketNumber the ticket it registered or joined, or {@code null}
 * @param missingFacts what the sender must still give (for {@link Outcome#REFUSED})
 * @param refusedAttachments files not taken, each with the reason ({@code "virus.exe: TYPE_NOT_ALLOWED"})
 * @param reply the text to send back to the sender, or {@code null} for nothing
 */
public record Receipt(Outcome outcome, String ticketNumber, List<String> missingFacts, List<String> refusedAttachments,
    String reply) {

  /** What desk did with a message. */
  public enum Outcome {
    /** A new ticket. */
    REGISTERED,
    /** A comment on the ticket it answers. */
    COMMENTED,
    /** The same message id came before: dropped. */
    DUPLICATE,
    /** Not taken: the sender is unknown or facts are missing; see the reply. */
    REFUSED
  }

  /** Rejects a missing outcome; copies the lists. */
  public Receipt {
    Objects.requireNonNull(outcome, "outcome");
    missingFacts = List.copyOf(missingFacts);
    refusedAttachments = List.copyOf(refusedAttachments);
  }
}
