package dev.desk.testkit;

import dev.desk.core.command.TicketCommand;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.function.Function;

/**
 * One step of a generated scenario: who does what, decided against the ticket as it is when
 * the step runs (so a step can name the current version, or deliberately a stale one, and can
 * pick an action the lifecycle allows now).
 *
 * @param label what the step does, for failure reports
 * @param plan makes the attempt from the current ticket
 */
public record CommandStep(String label, Function<TicketSnapshot, Attempt> plan) {

  /**
   * An actor running a command.
   *
   * @param actor who
   * @param command what
   */
  public record Attempt(Actor actor, TicketCommand command) {}

  /** The attempt against this ticket. */
  public Attempt against(TicketSnapshot ticket) {
    return plan.apply(ticket);
  }

  @Override
  public String toString() {
    return label;
  }
}
