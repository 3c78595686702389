package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Asks the requester for information and waits for them (action {@code REQUEST_INFORMATION}); the question goes to the journal as a public comment.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param question what the requester is asked
 */
public record RequestInformation(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.TEXT) String question) implements TicketCommand {}
