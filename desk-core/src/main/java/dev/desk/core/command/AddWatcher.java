package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Adds somebody who follows the ticket.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param watcherId who follows the ticket
 */
public record AddWatcher(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String watcherId) implements TicketCommand {}
