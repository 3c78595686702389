package dev.desk.core.shift;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import java.util.Objects;

/**
 * The incoming shift took over a ticket handed to it.
 *
 * @param shift the shift that handed it over
 */
@Kind("shift.handover-accepted")
public record HandoverAccepted(String shift) implements TicketChange.Extension {

  /** Requires the shift. */
  public HandoverAccepted {
    Objects.requireNonNull(shift, "shift");
  }
}
