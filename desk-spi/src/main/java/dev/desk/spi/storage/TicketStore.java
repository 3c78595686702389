package dev.desk.spi.storage;

import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps tickets: the current snapshot and the append-only journal of each, written together.
 *
 * <p>Implementations must be thread-safe. Every method may throw
 * {@link dev.desk.spi.error.DeskException} with {@code STORAGE_FAILURE} when the medium fails;
 * such a failure must leave nothing half-written.
 */
public interface TicketStore extends AutoCloseable {

  /**
   * Atomically takes the next value of a named counter, starting at 1. Values of one series are
   * never handed out twice, not even across processes sharing the store; gaps are allowed.
   *
   * @param series the counter's name, such as {@code "VLG-2026"}
   */
  long nextInSeries(String series);

  /**
   * Writes a command's journal events and the resulting snapshot, all or nothing.
   *
   * @throws dev.desk.spi.error.StaleVersionException when the stored version is not
   *     {@link TicketCommit#expectedVersion()} (for a new ticket: when the id or the number is
   *     taken); nothing is written then
   */
  void commit(TicketCommit commit);

  /** The current snapshot of a ticket. */
  Optional<TicketSnapshot> find(TicketId id);

  /** The current snapshot of the ticket with this number. */
  Optional<TicketSnapshot> findByNumber(String number);

  /** The ticket's journal in sequence order; empty for an unknown ticket. */
  List<JournalEvent> journal(TicketId id);

  /** Tickets matching every filter of the query, oldest first, one page of them. */
  List<TicketSnapshot> query(TicketQuery query);

  /**
   * The tickets that have a {@link Timer} due at or before {@code now}, the one whose earliest due
   * timer comes first first, at most {@code limit}. The cost must follow what is due, not what is
   * stored: keep an index on the timers' due instants.
   */
  List<TicketId> dueTickets(Instant now, int limit);

  /**
   * The current values of these counters, as the commits moved them; a counter never moved is 0.
   * Read before a decision, and checked again by the commit through {@link CounterChange#ceiling()}.
   */
  Map<String, Long> counters(Collection<String> names);

  /**
   * Sets counters to these values outright, for an operator who recounts them from the tickets
   * (after an upgrade, say); commits running meanwhile may be lost to the recount.
   */
  void resetCounters(Map<String, Long> values);

  /** The ticket's timers, by kind; empty for an unknown ticket. */
  List<Timer> timers(TicketId id);

  /** What the sweep does with one due ticket. */
  @FunctionalInterface
  interface DueHandler {

    /**
     * The commit for a ticket whose timers fell due, or empty for nothing.
     *
     * @param due its timers due now, earliest first, never empty
     */
    Optional<TicketCommit> handle(TicketSnapshot ticket, List<Timer> due);

    /**
     * Told of a commit the sweep wrote, once it is committed (and only then): a commit the store
     * could not write is never told. The default does nothing.
     */
    default void written(TicketCommit commit) {}
  }

  /**
   * Handles the tickets with timers due at {@code now}, at most {@code limit}: for each, {@code
   * handler} gets the current snapshot and its due timers and returns the commit to write (or
   * empty for nothing). Each due timer fires at most once, whichever process sweeps: a store that
   * several processes share claims rows (for example {@code SELECT ... FOR UPDATE SKIP LOCKED})
   * and reads the due timers again once it holds the ticket. A ticket whose commit the store
   * cannot write holds back no other: a store that writes several tickets' commits at once writes
   * them again one by one when the batch fails, and the failing ticket's timers stay due for the
   * next sweep. The default reads, asks and commits optimistically, one ticket at a time; a ticket
   * that changed meanwhile is skipped (its commit is stale) and comes back in the next sweep.
   *
   * @return how many tickets had a commit written
   */
  default int processDue(Instant now, int limit, DueHandler handler) {
    int written = 0;
    for (TicketId id : dueTickets(now, limit)) {
      Optional<TicketSnapshot> ticket = find(id);
      List<Timer> due = timers(id).stream().filter(t -> !t.dueAt().isAfter(now))
          .sorted(Comparator.comparing(Timer::dueAt)).toList();
      Optional<TicketCommit> commit = ticket.isEmpty() || due.isEmpty() ? Optional.empty()
          : handler.handle(ticket.get(), due);
      if (commit.isPresent()) {
        try {
          commit(commit.get());
          written++;
          handler.written(commit.get());
        } catch (StaleVersionException e) {
          // another process handled it first, or the commit took a key already taken: its timers stay due
        }
      }
    }
    return written;
  }

  /**
   * Learns the extension kinds of change that desk's features journal, so that a store which
   * encodes events reads them back typed. A kind a store was never told of must still be kept and
   * read back unharmed, as {@link TicketChange.Unrecognised}. Called by desk before it commits;
   * the default keeps events as objects and needs nothing.
   */
  default void knowKinds(Collection<Class<? extends TicketChange.Extension>> kinds) {}

  /** Releases what the store holds (pools, files). The default holds nothing. */
  @Override
  default void close() {}
}
