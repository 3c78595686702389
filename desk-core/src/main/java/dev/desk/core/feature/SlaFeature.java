package dev.desk.core.feature;

import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.ClockPlanner;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * SLA clocks: they start with the ticket, follow what happens to it (in the name of whoever made
 * it happen) and fire their warnings and breaches when due. Thread-safe.
 */
public final class SlaFeature implements Feature {

  /** The timer of the next warning or breach of any of the ticket's clocks. */
  public static final String TIMER = "sla.clocks";

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
    if (round.has(TicketChange.Registered.class)) {
      clocks.atRegistration(round.ticket(), round.now()).forEach(out::consequence);
    } else if (clocks.mayMove(round.ticket(), round.changes())) {
      clocks.afterCommand(round.before(), round.ticket(), round.changes(), round.actor(), round.now())
          .forEach(out::consequence);
    }
  }

  /** One timer for all the ticket's clocks: the earliest next warning or breach. */
  @Override
  public Map<String, Instant> timers(TicketSnapshot ticket) {
    Instant next = null;
    for (SlaClock c : ticket.clocks()) {
      if (c.nextDue() != null && (next == null || c.nextDue().isBefore(next))) {
        next = c.nextDue();
      }
    }
    return next == null ? Map.of() : Map.of(TIMER, next);
  }

  @Override
  public List<TicketChange> due(TicketSnapshot ticket, List<Timer> due, Instant now) {
    return clocks.due(ticket, now);
  }
}
