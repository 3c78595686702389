package dev.desk.core.lifecycle;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;

/**
 * Runs after a transition was committed, with the ticket as it is now and the events the
 * command wrote. Hooks inform the host (start a workflow, update a dashboard); they cannot
 * change or undo the transition. A hook that throws is logged and the command still succeeds.
 */
@FunctionalInterface
public interface TransitionHook {

  /** Called once per committed transition, on the thread that ran the command. */
  void afterTransition(TicketSnapshot ticket, Transition transition, List<JournalEvent> events);
}
