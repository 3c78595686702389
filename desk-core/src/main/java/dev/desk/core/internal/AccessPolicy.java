package dev.desk.core.internal;

import dev.desk.core.command.AddComment;
import dev.desk.core.command.TicketCommand;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may see and act on what: a requester only tickets of their own organisation, an agent
 * tickets of their groups (or assigned to them), a supervisor and the system everything; an agent
 * who watches a ticket reads it and comments on it.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Whether the actor may see the ticket: whoever may act on it, and an agent who watches it. */
  public static boolean canSee(Actor actor, TicketSnapshot ticket) {
    return canAct(actor, ticket) || actor.role() == ActorRole.AGENT && ticket.watchers().contains(actor.id());
  }

  /** Whether the actor may act on the ticket. */
  private static boolean canAct(Actor actor, TicketSnapshot ticket) {
    return switch (actor.role()) {
      case SUPERVISOR, SYSTEM -> true;
      case REQUESTER -> actor.organisationId().equals(ticket.organisationId());
      case AGENT -> actor.id().equals(ticket.assignee())
          || (ticket.group() != null && actor.groups().contains(ticket.group()));
    };
  }

  /**
   * Throws unless the actor may run the command on the ticket: whoever may act on it; a watcher
   * who is not of its groups may comment (the first line follows what it handed on, 003) but not
   * move it.
   */
  public static void requireMayRun(Actor actor, TicketSnapshot ticket, TicketCommand command) {
    if (canAct(actor, ticket)) {
      return;
    }
    requireAccess(actor, ticket, command.ticketId().toString()); // not even a watcher
    if (!(command instanceof AddComment)) {
      throw new AccessDeniedException("Agent " + actor.id() + " watches ticket " + ticket.number()
          + ": a watcher reads it and comments; its group " + ticket.group() + " acts on it");
    }
  }

  /**
   * Throws unless the actor may see (and so act on) the ticket. A ticket the actor may not see
   * answers exactly as one that does not exist, so that nobody learns which numbers are taken.
   *
   * @param asked the id or number the caller named the ticket by, as {@link TicketNotFoundException} says it
   */
  public static void requireAccess(Actor actor, TicketSnapshot ticket, String asked) {
    if (!canSee(actor, ticket)) {
      throw new TicketNotFoundException(asked);
    }
  }

  /**
   * Whether the actor may put a stored file on a ticket: the one who stored it, whoever may read
   * the ticket it was stored for, a supervisor and the system; a file whose origin the store does
   * not know (stored before origins were kept), only a supervisor and the system.
   *
   * @param tickets finds a ticket by id
   */
  public static boolean mayUseFile(Actor actor, Optional<FileOrigin> origin,
      Function<TicketId, Optional<TicketSnapshot>> tickets) {
    if (actor.role() == ActorRole.SUPERVISOR || actor.role() == ActorRole.SYSTEM) {
      return true;
    }
    return origin.isPresent() && (origin.get().storedBy().equals(actor.id())
        || origin.get().ticket().flatMap(tickets).map(t -> canSee(actor, t)).orElse(false));
  }

  /** Throws unless the actor may register a ticket for the organisation. */
  public static void requireMayRegister(Actor actor, String organisationId) {
    if (actor.role() == ActorRole.REQUESTER && !actor.organisationId().equals(organisationId)) {
      throw new AccessDeniedException("Requester " + actor.id()
          + " may register tickets only for their own organisation");
    }
  }

  /** Throws unless the actor is staff (agent, supervisor or system). */
  public static void requireStaff(Actor actor, String what) {
    if (actor.role() == ActorRole.REQUESTER) {
      throw new AccessDeniedException("Requester " + actor.id() + " may not " + what);
    }
  }
}
