package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Overrides the urgency class, with a reason.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param urgency the new urgency class
 * @param reason why
 */
public record ChangeUrgency(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotNull Urgency urgency,
    @NotBlank @Size(max = Limits.REASON) String reason) implements TicketCommand {}
