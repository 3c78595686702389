package dev.desk.core.command;

import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Records that the requester moves to another channel (004 s.5: the specialist asks a caller to
 * go on by mail or through the portal): later notices go by {@code noticesBy}, to the contact
 * given here or to the requester's contact of that kind. Outside the lifecycle, by the requester
 * or staff, while the ticket is open.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param channel the channel the requester uses from now on
 * @param noticesBy the medium notices go by from now on
 * @param contact the address or number of that medium, if the requester gave none of its kind before
 */
public record SwitchChannel(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotNull Channel channel,
    @NotNull ContactKind noticesBy,
    @Size(max = Limits.NAME) String contact) implements TicketCommand {}
