package dev.desk.core.engine;

import dev.desk.core.command.TicketCommand;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketId;
import java.util.List;
import java.util.Objects;

/** What asks the engine to decide: a registration, a command or a timer tick, each perhaps carried by a message. */
public sealed interface Intent {

  /** Who asks. */
  Actor actor();

  /**
   * A new ticket: its {@code Registered} change first, then what was judged with it (the urgency
   * classification), and the message it came as.
   *
   * @param via the message, or {@code null}
   */
  record Register(Actor actor, TicketId id, List<TicketChange> changes, TicketChange.MessageReceived via)
      implements Intent {

    /** Requires a {@code Registered} change first. */
    public Register {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(id, "id");
      changes = List.copyOf(changes);
      if (changes.isEmpty() || !(changes.get(0) instanceof TicketChange.Registered)) {
        throw new IllegalArgumentException("a registration starts with Registered");
      }
    }
  }

  /**
   * A command on an existing ticket.
   *
   * @param via the message it came as, or {@code null}
   */
  record Command(Actor actor, TicketCommand command, TicketChange.MessageReceived via) implements Intent {

    /** Rejects missing parts. */
    public Command {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(command, "command");
    }
  }

  /**
   * The timer sweep found timers of the ticket due: each feature's due changes, then the
   * reactions, as the system.
   *
   * @param due the due timers, earliest first
   */
  record Tick(List<Timer> due) implements Intent {

    /** Copies the timers. */
    public Tick {
      due = List.copyOf(due);
    }

    @Override
    public Actor actor() {
      return Actor.SYSTEM;
    }
  }
}
