package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Adds a comment; an internal one is visible to agents and supervisors only.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param text the comment
 * @param internal {@code true} when only staff may read it
 */
public record AddComment(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.TEXT) String text,
    boolean internal) implements TicketCommand {}
