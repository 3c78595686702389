package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The requester is not satisfied (action {@code REOPEN}); the lifecycle requires a reason.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param reason why the answer does not help
 */
public record Reopen(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @Size(max = Limits.REASON) String reason) implements TicketCommand {}
