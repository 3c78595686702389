package dev.desk.core.shift;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import java.time.Duration;
import java.util.Objects;

/**
 * A ticket was handed over at a shift's end.
 *
 * @param shift the shift
 * @param group the group it was in
 * @param timeLeft the working time its resolution target had left then; {@code null} when none ran
 * @param nextStep what the next shift is to do
 */
@Kind("shift.handed-over")
public record HandedOver(String shift, String group, Duration timeLeft, String nextStep)
    implements TicketChange.Extension {

  /** Requires the shift, group and next step. */
  public HandedOver {
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(nextStep, "nextStep");
  }
}
