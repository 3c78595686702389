package dev.desk.core.feature;

import dev.desk.core.engine.Effects;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.NoticePlanner;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.TicketSnapshot;

/**
 * Notices: plans what the people of a ticket hear (when the desk notifies people) and turns every
 * planned notification, whoever planned it, into an outbox entry of the same commit. Thread-safe.
 */
public final class NoticesFeature implements Feature {

  private final NoticePlanner planner;

  /**
   * The feature.
   *
   * @param planner the notices for people, or {@code null} when the desk notifies nobody of its own accord
   */
  public NoticesFeature(NoticePlanner planner) {
    this.planner = planner;
  }

  @Override
  public String name() {
    return "notices";
  }

  @Override
  public void react(Round round, Reactions out) {
    if (planner != null) {
      out.bySystem(planner.plan(round.ticket(), round.changes(), round.actor(), round.now()));
    }
  }

  @Override
  public void effects(JournalEvent event, TicketSnapshot ticket, Effects out) {
    if (event.change() instanceof TicketChange.NotificationPlanned n) {
      out.outbox(OutboxEntry.planned(ticket.id(), ticket.number(), event.sequence(), n));
    }
  }
}
