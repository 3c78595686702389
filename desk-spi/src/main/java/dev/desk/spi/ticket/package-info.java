/**
 * The values a plugin receives about tickets: the {@link dev.desk.spi.ticket.TicketSnapshot}
 * (the current state of one ticket), who acts ({@link dev.desk.spi.ticket.Actor}), and the
 * closed vocabularies of the domain (type, urgency, channel, support line, refusal reason).
 *
 * <p>All types are immutable and thread-safe.
 */
package dev.desk.spi.ticket;
