package dev.desk.core.feature;

import dev.desk.core.command.TicketCommand;
import dev.desk.core.engine.Decision;
import dev.desk.core.engine.Feature;
import dev.desk.core.internal.TicketDecider;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.Optional;

/** Tickets and their lifecycle: decides every command of the core command set. Thread-safe. */
public final class TicketsFeature implements Feature {

  private final TicketDecider decider;

  /** The feature over a decider of the desk's lifecycle and directory. */
  public TicketsFeature(TicketDecider decider) {
    this.decider = decider;
  }

  @Override
  public String name() {
    return "tickets";
  }

  @Override
  public Optional<Decision> decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    TicketDecider.Decision d = decider.decide(ticket, actor, command, now);
    return Optional.of(new Decision(d.changes(), d.reason(), d.transition()));
  }
}
