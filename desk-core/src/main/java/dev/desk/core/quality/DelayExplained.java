package dev.desk.core.quality;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClockKind;
import java.util.Objects;

/**
 * Why a target was breached in a cycle.
 *
 * @param target the target
 * @param cycle its cycle
 * @param reason the reason's code, of the centre's list
 * @param details the agent's words, or {@code null}
 */
@Kind("quality.delay-explained")
public record DelayExplained(SlaClockKind target, int cycle, String reason, String details)
    implements TicketChange.Extension {

  /** Requires the target and reason. */
  public DelayExplained {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
  }
}
