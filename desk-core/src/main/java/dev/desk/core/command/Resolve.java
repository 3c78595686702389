package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Gives the answer (action {@code RESOLVE}); the lifecycle requires a resolution.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param resolution the answer given
 * @param cause the defect's cause, a code of the directory's list ({@link
 *     dev.desk.core.directory.Directory#causes()}), or {@code null}
 */
public record Resolve(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @Size(max = Limits.TEXT) String resolution,
    @Size(max = Limits.ID) String cause) implements TicketCommand {

  /** A resolution that names no cause. */
  public Resolve(TicketId ticketId, long expectedVersion, String resolution) {
    this(ticketId, expectedVersion, resolution, null);
  }
}
