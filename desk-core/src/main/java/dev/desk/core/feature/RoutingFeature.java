package dev.desk.core.feature;

import dev.desk.core.engine.Effects;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.Assignments;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;

/**
 * Routing: a new ticket that nobody holds goes, in the same commit, to the agent of its group on
 * shift with the skill, under capacity and with the least load; when nobody can take it, it waits
 * in the group's queue. Every commit moves the agents' counts in the store. Thread-safe.
 */
public final class RoutingFeature implements Feature {

  private final Assignments assignments;

  /** The feature over the desk's assignments. */
  public RoutingFeature(Assignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public String name() {
    return "routing";
  }

  @Override
  public void count(TicketSnapshot before, TicketSnapshot after, List<JournalEvent> events, Effects out) {
    assignments.counts(before, after, events).forEach(out::counter);
  }

  @Override
  public void react(Round round, Reactions out) {
    if (round.has(TicketChange.Registered.class)) {
      assignments.offer(round.ticket(), round.now()).ifPresent(out::command);
    }
  }
}
