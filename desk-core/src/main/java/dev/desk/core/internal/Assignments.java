package dev.desk.core.internal;

import dev.desk.core.command.Assign;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.routing.Dispatcher;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routing's side of the desk: where a new ticket goes, which agent should take an unassigned
 * ticket, and how a commit moves the agents' counts. The counts live in the store ({@link
 * TicketStore#counters}) and move with each commit, so every node reads the same workload and an
 * automatic pick that would pass an agent's capacity fails its commit instead. It proposes
 * {@link Assign} commands; the engine decides and journals them like any other. Thread-safe.
 */
public final class Assignments {

  private final Dispatcher dispatcher;
  private final TicketStore store;
  private final Directory directory;
  private final Set<String> openStates;

  /**
   * Assignments through the dispatcher, reading the workload from the store.
   *
   * @param openStates the lifecycle states in which a ticket counts as open
   */
  public Assignments(Dispatcher dispatcher, TicketStore store, Directory directory, Set<String> openStates) {
    this.dispatcher = dispatcher;
    this.store = store;
    this.directory = directory;
    this.openStates = openStates;
  }

  /** Where a new ticket goes, by the routing rules. */
  public Optional<Dispatcher.Route> route(String category, Urgency urgency, String profile,
      String organisationId, Instant now) {
    return dispatcher.route(category, urgency, profile, organisationId, now);
  }

  /**
   * The unassigned open tickets waiting in the queues of groups that have someone available now.
   * Its cost follows the queues' length, not what is open.
   */
  public List<TicketSnapshot> queued(Instant now) {
    List<TicketSnapshot> out = new ArrayList<>();
    for (String group : dispatcher.directory().groups().keySet()) {
      List<String> onShift = dispatcher.onShift(group, null, now); // nobody there: the queue is left unread
      if (!onShift.isEmpty() && dispatcher.anyoneAvailable(group, now, workload(onShift, group))) {
        out.addAll(store.query(TicketQuery.all().withGroups(Set.of(group)).withStatuses(openStates)
            .withUnassigned().withPage(0, TicketQuery.MAX_LIMIT)));
      }
    }
    return out;
  }

  /**
   * The assignment an open, unassigned ticket should get now: to the agent the dispatcher picks
   * from the workload the store holds; empty when it is held or closed, or nobody can take it.
   */
  public Optional<Assign> offer(TicketSnapshot ticket, Instant now) {
    if (ticket.assignee() != null || !openStates.contains(ticket.status())) {
      return Optional.empty();
    }
    String skill = skillFor(ticket, now);
    List<String> onShift = dispatcher.onShift(ticket.group(), skill, now);
    if (onShift.isEmpty()) {
      return Optional.empty(); // nobody to ask: the store's counts are not read
    }
    return dispatcher.pickAgent(ticket.group(), skill, now, workload(onShift, ticket.group())).map(agent -> new Assign(
        ticket.id(), ticket.version(), ticket.group(), null, agent,
        "on shift with the skill " + skill + " and the least load"));
  }

  /**
   * How an intent moves the agents' counts: the ticket leaves its old agent's open tickets and
   * load and joins its new one's. An agent the system picked (not a person's choice) may not pass
   * their capacity, and the group's turn moves on.
   *
   * @param before the ticket before, or {@code null} for a new one
   */
  public List<CounterChange> counts(TicketSnapshot before, TicketSnapshot after, List<JournalEvent> events) {
    Map<String, long[]> moves = new HashMap<>(); // agent -> {open, load}
    if (before != null && before.assignee() != null && openStates.contains(before.status())) {
      moves.computeIfAbsent(before.assignee(), a -> new long[2])[0]--;
      moves.get(before.assignee())[1] -= Dispatcher.weight(before.urgency());
    }
    if (after.assignee() != null && openStates.contains(after.status())) {
      moves.computeIfAbsent(after.assignee(), a -> new long[2])[0]++;
      moves.get(after.assignee())[1] += Dispatcher.weight(after.urgency());
    }
    boolean picked = after.assignee() != null && events.stream().anyMatch(e -> e.actorRole() == ActorRole.SYSTEM
        && e.change() instanceof TicketChange.Assigned a && after.assignee().equals(a.assignee()));
    List<CounterChange> out = new ArrayList<>();
    moves.forEach((agent, move) -> {
      if (move[0] != 0) {
        boolean capped = picked && agent.equals(after.assignee()) && move[0] > 0;
        out.add(new CounterChange(open(agent), move[0], capped ? (long) dispatcher.capacity(agent) : null));
      }
      if (move[1] != 0) {
        out.add(new CounterChange(load(agent), move[1], null));
      }
    });
    if (picked && (before == null || !after.assignee().equals(before.assignee()))) {
      out.add(new CounterChange(turn(after.group()), 1, null));
    }
    return out;
  }

  /**
   * Counts every agent's open tickets and load again from the open tickets in the store and sets
   * the counters to them (after an upgrade from a desk that counted per process).
   *
   * @return the counters set
   */
  public Map<String, Long> recount() {
    Map<String, Long> counts = new HashMap<>();
    for (String agent : dispatcher.directory().agents().keySet()) {
      counts.put(open(agent), 0L);
      counts.put(load(agent), 0L);
    }
    for (int page = 0; ; page += TicketQuery.MAX_LIMIT) {
      List<TicketSnapshot> open = store.query(TicketQuery.all().withStatuses(openStates)
          .withPage(page, TicketQuery.MAX_LIMIT));
      for (TicketSnapshot t : open) {
        if (t.assignee() != null) {
          counts.merge(open(t.assignee()), 1L, Long::sum);
          counts.merge(load(t.assignee()), (long) Dispatcher.weight(t.urgency()), Long::sum);
        }
      }
      if (open.size() < TicketQuery.MAX_LIMIT) {
        break;
      }
    }
    store.resetCounters(counts);
    return counts;
  }

  /** The workload of these agents and the group's turn, as the store holds them now. */
  private Dispatcher.Workload workload(List<String> agents, String group) {
    List<String> names = new ArrayList<>();
    for (String agent : agents) {
      names.add(open(agent));
      names.add(load(agent));
    }
    names.add(turn(group));
    Map<String, Long> read = store.counters(names);
    return new Dispatcher.Workload() {
      @Override
      public long open(String agent) {
        return read.getOrDefault(Assignments.open(agent), 0L);
      }

      @Override
      public long load(String agent) {
        return read.getOrDefault(Assignments.load(agent), 0L);
      }

      @Override
      public long turn(String g) {
        return read.getOrDefault(Assignments.turn(g), 0L);
      }
    };
  }

  private static String open(String agent) {
    return "routing.open:" + agent;
  }

  private static String load(String agent) {
    return "routing.load:" + agent;
  }

  private static String turn(String group) {
    return "routing.turn:" + group;
  }

  private String skillFor(TicketSnapshot ticket, Instant now) {
    String profile = directory.organisation(ticket.organisationId()).map(Organisation::profile).orElse(null);
    return dispatcher.route(ticket.category(), ticket.urgency(), profile, ticket.organisationId(), now)
        .map(Dispatcher.Route::skill).orElse(ticket.category());
  }
}
