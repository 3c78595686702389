package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Confirms the answer and closes (action {@code CLOSE}).
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param reason why, optional
 */
public record Close(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @Size(max = Limits.REASON) String reason) implements TicketCommand {}
