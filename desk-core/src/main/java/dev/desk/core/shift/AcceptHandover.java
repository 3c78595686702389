package dev.desk.core.shift;

import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.Limits;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The incoming shift takes over a ticket handed to it. Staff only.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param shift the shift that handed it over
 */
public record AcceptHandover(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String shift) implements FeatureCommand {}
