package dev.desk.testkit;

import dev.desk.core.command.TicketCommand;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.function.Function;

/**
 * One step of a generated scenario: an actor and a command made against the ticket as it is
 * when the step runs (so it can name the current version, or deliberately a stale one).
 *
 * @param actor who acts
 * @param label what the step does, for failure reports
 * @param command makes the command from the current ticket
 */
public record CommandStep(Actor actor, String label, Function<TicketSnapshot, TicketCommand> command) {

  /** The command against this ticket. */
  public TicketCommand against(TicketSnapshot ticket) {
    return command.apply(ticket);
  }

  @Override
  public String toString() {
    return actor.role() + " " + actor.id() + ": " + label;
  }
}
