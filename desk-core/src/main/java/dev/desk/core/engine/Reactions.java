package dev.desk.core.engine;

import dev.desk.core.command.TicketCommand;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one feature answers to a round; the engine journals it in the order it was added. Not thread-safe. */
public final class Reactions {

  /** A change with whom it is journaled as, or a command the system runs. */
  public record Item(TicketChange change, boolean byRoundActor, TicketCommand command) {}

  private List<Item> items = List.of();
  private Map<String, Instant> timers = Map.of();

  /** An empty collector; the engine makes one per round and empties it for each feature. */
  public Reactions() {}

  /**
   * A consequence of what the round's actor did (a clock that stops when they resolve), journaled
   * in their name and with their reason.
   */
  public void consequence(TicketChange change) {
    add(new Item(change, true, null));
  }

  /** A change the system makes on its own account (a notice, an escalation). */
  public void bySystem(TicketChange change) {
    add(new Item(change, false, null));
  }

  /** Changes the system makes on its own account, in order. */
  public void bySystem(List<? extends TicketChange> changes) {
    changes.forEach(this::bySystem);
  }

  /**
   * A command the system runs now, decided by the feature that owns it on the ticket as it is at
   * that point (its expected version is not checked); a refusal drops it and changes nothing.
   */
  public void command(TicketCommand command) {
    add(new Item(null, false, command));
  }

  /** Most features answer most rounds with nothing: the lists are made on the first answer. */
  private void add(Item item) {
    if (items.isEmpty()) {
      items = new ArrayList<>(4);
    }
    items.add(item);
  }

  /**
   * Sets the ticket's timer of this kind (in the feature's namespace) to fall due at {@code at},
   * or cancels it when {@code at} is {@code null}; the last word of the intent counts.
   */
  public void timer(String kind, Instant at) {
    if (timers.isEmpty()) {
      timers = new LinkedHashMap<>();
    }
    timers.put(new Timer(kind, Instant.EPOCH).kind(), at);
  }

  /** The timers set (an instant) or cancelled (null), by kind. */
  public Map<String, Instant> timers() {
    return timers;
  }

  /** Empties the reactions for the next feature: the engine hands one to each feature of a round in turn. */
  void clear() {
    if (!items.isEmpty()) {
      items = List.of();
    }
    if (!timers.isEmpty()) {
      timers = Map.of();
    }
  }

  /** What was added, in order. */
  public List<Item> items() {
    return items;
  }
}
