package dev.desk.core.internal;

import dev.desk.core.command.Assign;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.routing.Dispatcher;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Routing's side of the desk: where a new ticket goes, which agent should take an unassigned
 * ticket, and the agents' load kept in step with every commit. It proposes {@link Assign}
 * commands; the engine decides and journals them like any other.
 */
public final class Assignments {

  private final Dispatcher dispatcher;
  private final TicketStore store;
  private final Directory directory;
  private final Set<String> openStates;

  /**
   * Assignments through the dispatcher; loads the agents' load from the store's open tickets.
   *
   * @param openStates the lifecycle states in which a ticket counts as open
   */
  public Assignments(Dispatcher dispatcher, TicketStore store, Directory directory, Set<String> openStates) {
    this.dispatcher = dispatcher;
    this.store = store;
    this.directory = directory;
    this.openStates = openStates;
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
   * The unassigned open tickets waiting in the queues of groups that have someone available now.
   * Its cost follows the queues' length, not what is open.
   */
  public List<TicketSnapshot> queued(Instant now) {
    List<TicketSnapshot> out = new ArrayList<>();
    for (String group : dispatcher.directory().groups().keySet()) {
      if (dispatcher.anyoneAvailable(group, now)) { // nobody to hand the queue to: leave it unread
        out.addAll(store.query(TicketQuery.all().withGroups(Set.of(group)).withStatuses(openStates)
            .withUnassigned().withPage(0, TicketQuery.MAX_LIMIT)));
      }
    }
    return out;
  }

  /**
   * The assignment an open, unassigned ticket should get now: to the agent the dispatcher picks;
   * empty when it is held or closed, or nobody can take it.
   */
  public Optional<Assign> offer(TicketSnapshot ticket, Instant now) {
    if (ticket.assignee() != null || !openStates.contains(ticket.status())) {
      return Optional.empty();
    }
    String skill = skillFor(ticket, now);
    return dispatcher.pickAgent(ticket.group(), skill, now).map(agent -> new Assign(ticket.id(), ticket.version(),
        ticket.group(), null, agent, "on shift with the skill " + skill + " and the least load"));
  }

  private String skillFor(TicketSnapshot ticket, Instant now) {
    String profile = directory.organisation(ticket.organisationId()).map(Organisation::profile).orElse(null);
    return dispatcher.route(ticket.category(), ticket.urgency(), profile, ticket.organisationId(), now)
        .map(Dispatcher.Route::skill).orElse(ticket.category());
  }
}
