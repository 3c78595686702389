package dev.desk.core.command;

import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Refuses the ticket for one of the allowed reasons (action {@code REJECT}); the lifecycle requires the refusal reason.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param refusalReason one of the allowed refusal reasons
 * @param comment a note for the requester, optional
 */
public record Reject(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    RefusalReason refusalReason,
    @Size(max = Limits.REASON) String comment) implements TicketCommand {}
