package dev.desk.core.shift;

import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.Limits;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Hands a ticket still open over to the next shift, with its next step. Staff only.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param shift the shift handed over ({@code emr-l1 2026-03-02 day}), as the centre names its shifts
 * @param nextStep what the next shift is to do, in the agent's words
 */
public record HandOver(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String shift,
    @NotBlank @Size(max = Limits.REASON) String nextStep) implements FeatureCommand {}
