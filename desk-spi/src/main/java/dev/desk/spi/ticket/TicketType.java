package dev.desk.spi.ticket;

/** What kind of request a ticket is. */
public enum TicketType {
  /** Something is broken. */
  INCIDENT,
  /** A question on how to use something. */
  CONSULTATION,
  /** A wish about functions, documentation or the knowledge base. */
  SUGGESTION,
  /** Installation or set-up at an agreed date. */
  WORK_REQUEST,
  /** A claim that needs a formal answer by a deadline. */
  CLAIM
}
