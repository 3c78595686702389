package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The assignee starts working (action {@code START_WORK}).
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 */
public record StartWork(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion) implements TicketCommand {}
