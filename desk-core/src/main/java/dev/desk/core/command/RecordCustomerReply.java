package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The requester answered (action {@code CUSTOMER_REPLIED}); the answer goes to the journal as a public comment.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param text what the requester answered
 */
public record RecordCustomerReply(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.TEXT) String text) implements TicketCommand {}
