package dev.desk.core.command;

import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Hands a ticket down to a lower support line, to a group of that line, with a reason (action
 * {@code ASSIGN}): the one way a person lowers a line, so that it never happens by accident in an
 * {@link Assign}.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param group the group of the lower line that becomes responsible
 * @param line the lower line
 * @param assignee the agent of that group who becomes responsible
 * @param reason why the ticket goes down (journaled)
 */
public record LowerLine(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String group,
    @NotNull SupportLine line,
    @NotBlank @Size(max = Limits.ID) String assignee,
    @NotBlank @Size(max = Limits.REASON) String reason) implements TicketCommand {}
