package dev.desk.core.engine;

import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * One round of the engine, as a reaction sees it.
 *
 * @param before the ticket before the round's changes ({@code null} in the round that registers it)
 * @param ticket the ticket now: after the round's changes and what earlier features added in this round
 * @param changes the round's changes, in order (empty in a timer tick's first round)
 * @param actor who made them: the intent's actor in the first round, the system after
 * @param reason the reason they were made with, or {@code null}
 * @param now the intent's instant
 */
public record Round(TicketSnapshot before, TicketSnapshot ticket, List<TicketChange> changes, Actor actor,
    String reason, Instant now) {

  /** Whether the round holds a change of this kind. */
  public boolean has(Class<? extends TicketChange> kind) {
    for (TicketChange c : changes) {
      if (kind.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
