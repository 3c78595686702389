package dev.desk.core.engine;

import dev.desk.core.lifecycle.Transition;
import dev.desk.spi.journal.TicketChange;
import java.util.List;
import java.util.Objects;

/**
 * What a feature decided a command does.
 *
 * @param changes the changes to journal, in order, at least one
 * @param reason the reason to journal with them, or {@code null}
 * @param transition the lifecycle transition taken, or {@code null} for commands outside it
 */
public record Decision(List<TicketChange> changes, String reason, Transition transition) {

  /** Copies the changes; refuses an empty decision. */
  public Decision {
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a decision changes something");
    }
  }

  /** A decision outside the lifecycle. */
  public static Decision of(String reason, TicketChange... changes) {
    return new Decision(List.of(changes), reason, null);
  }

  /** Whether the decision took a lifecycle transition. */
  public boolean transitions() {
    return Objects.nonNull(transition);
  }
}
