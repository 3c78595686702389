package dev.desk.core.internal;

import dev.desk.core.engine.Engine;
import dev.desk.core.engine.Intent;
import dev.desk.core.engine.Outcome;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep's answer to the store for each due ticket: the engine decides the tick, a ticket the
 * engine fails on is logged and left (its timers stay due, so it holds back no other), and only
 * what the store committed is followed up. Not thread-safe: one per sweep.
 */
public final class DueTimers implements TicketStore.DueHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DueTimers.class);

  private final Engine engine;
  private final Instant now;
  private final Consumer<Outcome> afterCommit;
  private final Map<TicketCommit, Outcome> decided = new IdentityHashMap<>();
  private int eventsWritten;

  /**
   * A sweep at {@code now}.
   *
   * @param afterCommit what follows a committed outcome (the transition hooks)
   */
  public DueTimers(Engine engine, Instant now, Consumer<Outcome> afterCommit) {
    this.engine = engine;
    this.now = now;
    this.afterCommit = afterCommit;
  }

  @Override
  public Optional<TicketCommit> handle(TicketSnapshot ticket, List<Timer> due) {
    Outcome outcome;
    try {
      outcome = engine.decide(ticket, new Intent.Tick(due), now);
    } catch (RuntimeException e) {
      // one ticket's failure holds back no other: its timers stay due and come again in the next sweep
      LOG.warn("Ticket {} failed its due timers ({}); the others go on", ticket.number(), e.getClass().getName(), e);
      return Optional.empty();
    }
    if (!outcome.changed()) {
      return Optional.empty();
    }
    TicketCommit commit = outcome.commit();
    decided.put(commit, outcome);
    return Optional.of(commit);
  }

  @Override
  public void written(TicketCommit commit) {
    Outcome outcome = decided.get(commit);
    eventsWritten += outcome.events().size();
    afterCommit.accept(outcome);
  }

  /** The journal events the store committed in this sweep. */
  public int eventsWritten() {
    return eventsWritten;
  }
}
