package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Moves the ticket to another category, with a reason.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param category the new category
 * @param reason why
 */
public record ChangeCategory(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String category,
    @NotBlank @Size(max = Limits.REASON) String reason) implements TicketCommand {}
