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
 */
public record Resolve(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @Size(max = Limits.TEXT) String resolution) implements TicketCommand {}
