package dev.desk.core.report;

import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;

/**
 * What a ticket was at one moment, as reports group it: read from its journal up to then, so a
 * ticket moved to another group later still counts where it was.
 *
 * @param category its category
 * @param urgency its urgency class
 * @param organisation the requester's organisation
 * @param group the group responsible
 * @param agent the agent responsible, or {@code null}
 * @param type the kind of request
 * @param serviceContract its service contract, or {@code null}
 */
public record Facts(String category, Urgency urgency, String organisation, String group, String agent,
    TicketType type, String serviceContract) {}
