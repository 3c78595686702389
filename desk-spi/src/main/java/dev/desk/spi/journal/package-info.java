/**
 * The journal: an append-only list of {@link dev.desk.spi.journal.JournalEvent}s per ticket,
 * each saying who did what, when and why. A ticket's snapshot is the fold of its journal.
 *
 * <p>New kinds of {@link dev.desk.spi.journal.TicketChange} are added in minor SDK versions; a
 * plugin that reads the journal must ignore kinds it does not know.
 */
package dev.desk.spi.journal;
