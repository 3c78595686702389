package dev.desk.spi.storage;

import dev.desk.spi.ticket.TicketId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a stored file came from, kept with it so that it joins only the tickets of those who may
 * read where it came from: the actor who stored it and, for a file stored for a ticket (a
 * picture in a reply), that ticket. A file stored for a new request is the storer's alone until
 * a ticket takes it; a file stored for a ticket may be used by whoever may read that ticket.
 *
 * @param storedBy the id of the actor who stored the file
 * @param forTicket the ticket it was stored for, or {@code null} for a new request
 */
public record FileOrigin(String storedBy, TicketId forTicket) {

  /** The longest actor id every store keeps, in characters (as everywhere in desk). */
  public static final int MAX_ACTOR = 200;

  /** Checks the actor id is there; its text is checked with the file's by {@link AttachmentStore#requireStorable}. */
  public FileOrigin {
    Objects.requireNonNull(storedBy, "storedBy");
  }

  /** A file an actor stored for a new request. */
  public static FileOrigin storedBy(String actorId) {
    return new FileOrigin(actorId, null);
  }

  /** A file an actor stored for an existing ticket. */
  public static FileOrigin forTicket(String actorId, TicketId ticket) {
    return new FileOrigin(actorId, Objects.requireNonNull(ticket, "ticket"));
  }

  /** The ticket the file was stored for, if any. */
  public Optional<TicketId> ticket() {
    return Optional.ofNullable(forTicket);
  }
}
