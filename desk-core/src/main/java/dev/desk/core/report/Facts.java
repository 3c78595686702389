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
 * @param cause the defect's cause its latest resolution named, or {@code null}
 */
public record Facts(String category, Urgency urgency, String organisation, String group, String agent,
    TicketType type, String serviceContract, String cause) {

  /** The same with another category. */
  Facts category(String value) {
    return new Facts(value, urgency, organisation, group, agent, type, serviceContract, cause);
  }

  /** The same with another urgency. */
  Facts urgency(Urgency value) {
    return new Facts(category, value, organisation, group, agent, type, serviceContract, cause);
  }

  /** The same with another group and agent. */
  Facts responsible(String newGroup, String newAgent) {
    return new Facts(category, urgency, organisation, newGroup, newAgent, type, serviceContract, cause);
  }

  /** The same with the cause a resolution named. */
  Facts cause(String value) {
    return new Facts(category, urgency, organisation, group, agent, type, serviceContract, value);
  }
}
