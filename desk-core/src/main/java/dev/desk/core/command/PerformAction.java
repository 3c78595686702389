package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Runs a lifecycle action by name, for actions of custom lifecycles that no built-in command covers ({@code ARRIVE_ON_SITE}).
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param action the lifecycle action's name
 * @param reason why; some transitions require it
 */
public record PerformAction(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String action,
    @Size(max = Limits.REASON) String reason) implements TicketCommand {}
