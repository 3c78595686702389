/**
 * The journal side of the domain: {@link dev.desk.core.journal.TicketFold} turns a ticket's
 * journal into its snapshot. The store keeps both; a property test checks that replaying the
 * journal gives the stored snapshot back.
 */
package dev.desk.core.journal;
