package dev.desk.core.feature;

import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.ClockPlanner;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * SLA clocks: they start with the ticket, follow what happens to it (in the name of whoever made
 * it happen) and fire their warnings and breaches when due. Thread-safe.
 */
public final class SlaFeature implements Feature {

  private final ClockPlanner clocks;

  /** The feature over the desk's clock planner. */
  public SlaFeature(ClockPlanner clocks) {
    this.clocks = clocks;
  }

  @Override
  public String name() {
    return "sla";
  }

  @Override
  public void react(Round round, Reactions out) {
    List<TicketChange> changes = round.has(TicketChange.Registered.class)
        ? clocks.atRegistration(round.ticket(), round.now())
        : clocks.afterCommand(round.before(), round.ticket(), round.changes(), round.actor(), round.now());
    changes.forEach(out::consequence);
  }

  @Override
  public List<TicketChange> due(TicketSnapshot ticket, Instant now) {
    return clocks.due(ticket, now);
  }
}
