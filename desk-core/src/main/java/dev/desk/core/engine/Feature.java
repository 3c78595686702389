package dev.desk.core.engine;

import dev.desk.core.command.TicketCommand;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feature of desk: what it decides, how it answers what happened, what falls due for it and
 * what its events mean outside the journal. Every method has a default that does nothing, so a
 * feature implements only what it has; adding a feature touches no other feature, no store and
 * no facade method but its own. Implementations are pure (no I/O, time only from the arguments)
 * and thread-safe.
 */
public interface Feature {

  /** A short name, for logs and errors ({@code "sla"}). */
  String name();

  /**
   * The kinds of change this feature adds beyond the SDK's, each a record with a {@link
   * dev.desk.spi.journal.Kind} in the feature's namespace. They live in the journal; the feature
   * keeps what they mean in its own store or timers, not in the ticket's snapshot.
   */
  default List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of();
  }

  /**
   * Decides a command this feature owns.
   *
   * @return empty when the command is not this feature's
   * @throws dev.desk.spi.error.DeskException a typed refusal (illegal transition, access,
   *     validation) when the command is this feature's and may not run
   */
  default Optional<Decision> decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    return Optional.empty();
  }

  /**
   * Answers one round of changes with more: changes journaled now, or commands the system runs
   * now. The round's ticket already shows what the features before this one added in the same
   * round.
   */
  default void react(Round round, Reactions out) {}

  /**
   * The timers this feature derives from a ticket, by kind (in the feature's namespace): the
   * engine sets or cancels them whenever an intent changes them, and sets them again after each
   * tick. A feature whose timers are not visible in the ticket sets them with {@link
   * Reactions#timer} instead.
   */
  default Map<String, Instant> timers(TicketSnapshot ticket) {
    return Map.of();
  }

  /**
   * The changes due at {@code now} when the ticket's timers fell due; a feature picks out its own
   * kinds. A timer that fired is gone afterwards unless this intent set it to a later instant.
   *
   * @param due the ticket's due timers, of every feature, earliest first
   */
  default List<TicketChange> due(TicketSnapshot ticket, List<Timer> due, Instant now) {
    return List.of();
  }

  /**
   * What a journaled event of this feature asks of the store beyond the journal (an outbox entry,
   * a message key), written in the same commit.
   *
   * @param ticket the ticket after the whole intent
   */
  default void effects(JournalEvent event, TicketSnapshot ticket, Effects out) {}

  /**
   * What a requester reads of an event of this feature's kinds; empty for what is not meant for
   * them. The default shows nothing, so a kind no feature shows never reaches a requester.
   */
  default Optional<RequesterEntry> forRequester(JournalEvent event) {
    return Optional.empty();
  }

  /**
   * The counters an intent moves ({@link Effects#counter}), from the ticket before and after it
   * and its events: counts several nodes must agree on live in the store, never in a process.
   *
   * @param before the ticket before, or {@code null} for a new one
   */
  default void count(TicketSnapshot before, TicketSnapshot after, List<JournalEvent> events, Effects out) {}
}
