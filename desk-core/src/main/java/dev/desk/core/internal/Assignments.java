package dev.desk.core.internal;

import dev.desk.core.command.Assign;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.routing.Dispatcher;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The facade's side of routing: who takes a new ticket, handing out the groups' queues as shifts
 * begin, and the agents' load kept in step with every commit. Commands go through the facade's
 * {@code execute}, so an automatic assignment is journaled and checked like any other.
 */
public final class Assignments {

  private final Dispatcher dispatcher;
  private final TicketStore store;
  private final Directory directory;
  private final Set<String> openStates;
  private final BiFunction<Actor, TicketCommand, TicketSnapshot> execute;

  /**
   * Assignments through the dispatcher; loads the agents' load from the store's open tickets.
   *
   * @param openStates the lifecycle states in which a ticket counts as open
   * @param execute runs a command as the facade does
   */
  public Assignments(Dispatcher dispatcher, TicketStore store, Directory directory, Set<String> openStates,
      BiFunction<Actor, TicketCommand, TicketSnapshot> execute) {
    this.dispatcher = dispatcher;
    this.store = store;
    this.directory = directory;
    this.openStates = openStates;
    this.execute = execute;
    for (int page = 0; ; page += TicketQuery.MAX_LIMIT) {
      List<TicketSnapshot> open = store.query(TicketQuery.all().withStatuses(openStates)
          .withPage(page, TicketQuery.MAX_LIMIT));
      open.forEach(t -> track(null, t));
      if (open.size() < TicketQuery.MAX_LIMIT) {
        break;
      }
    }
  }

  /** Where a new ticket goes, by the routing rules. */
  public Optional<Dispatcher.Route> route(String category, Urgency urgency, String profile,
      String organisationId, Instant now) {
    return dispatcher.route(category, urgency, profile, organisationId, now);
  }

  /** Moves the agents' load after a commit. */
  public void track(TicketSnapshot before, TicketSnapshot after) {
    dispatcher.moveLoad(before == null ? null : before.assignee(), before == null ? null : before.urgency(),
        before != null && openStates.contains(before.status()), after.assignee(), after.urgency(),
        openStates.contains(after.status()));
  }

  /**
   * Offers every unassigned open ticket of every group with someone available to the agents on
   * shift now. Its cost follows the queues' length, not what is open.
   *
   * @return how many journal events the assignments wrote
   */
  public int handOutQueues(Instant now) {
    int written = 0;
    for (String group : dispatcher.directory().groups().keySet()) {
      if (!dispatcher.anyoneAvailable(group, now)) {
        continue; // nobody to hand the queue to: leave it unread
      }
      for (TicketSnapshot ticket : store.query(TicketQuery.all().withGroups(Set.of(group)).withStatuses(openStates)
          .withUnassigned().withPage(0, TicketQuery.MAX_LIMIT))) {
        written += (int) (assign(ticket, skillFor(ticket, now), now).version() - ticket.version());
      }
    }
    return written;
  }

  /** Assigns an open, unassigned ticket to the agent the dispatcher picks; as it was when nobody can take it. */
  public TicketSnapshot assign(TicketSnapshot ticket, String skill, Instant now) {
    if (ticket.assignee() != null || !openStates.contains(ticket.status())) {
      return ticket;
    }
    Optional<String> agent = dispatcher.pickAgent(ticket.group(), skill, now);
    if (agent.isEmpty()) {
      return ticket;
    }
    try {
      return execute.apply(Actor.SYSTEM, new Assign(ticket.id(), ticket.version(), ticket.group(), null, agent.get(),
          "on shift with the skill " + skill + " and the least load"));
    } catch (StaleVersionException | IllegalTransitionException e) {
      return ticket; // changed meanwhile or not assignable now: the next sweep offers it again
    }
  }

  private String skillFor(TicketSnapshot ticket, Instant now) {
    String profile = directory.organisation(ticket.organisationId()).map(Organisation::profile).orElse(null);
    return dispatcher.route(ticket.category(), ticket.urgency(), profile, ticket.organisationId(), now)
        .map(Dispatcher.Route::skill).orElse(ticket.category());
  }
}
