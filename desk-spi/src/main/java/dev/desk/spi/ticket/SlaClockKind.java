package dev.desk.spi.ticket;

/** The SLA clocks a ticket can run; lifecycle states say which of them they pause. */
public enum SlaClockKind {
  /** From registration until a responsible agent is assigned (the response allowance). */
  RESPONSE,
  /** From registration until the ticket is resolved. */
  RESOLUTION,
  /** The longest silence towards the requester. */
  UPDATE
}
