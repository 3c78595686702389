package dev.desk.core.command;

import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Makes an agent of a group responsible (action {@code ASSIGN}); the line defaults to the ticket's current one.
 * It keeps or raises the line, never lowers it ({@link LowerLine} does, with a reason); with a
 * service directory, the group and the agent must be ones it knows.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param group the group that becomes responsible
 * @param line the support line; {@code null} keeps the current one
 * @param assignee the agent who becomes responsible
 * @param reason why, optional
 */
public record Assign(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String group,
    SupportLine line,
    @NotBlank @Size(max = Limits.ID) String assignee,
    @Size(max = Limits.REASON) String reason) implements TicketCommand {}
