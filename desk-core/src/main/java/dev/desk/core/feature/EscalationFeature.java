package dev.desk.core.feature;

import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.Escalator;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.Map;

/**
 * Escalation: after every round (and on every timer tick) the rules look at the ticket and fire
 * the levels whose conditions hold, as the system. Thread-safe.
 */
public final class EscalationFeature implements Feature {

  /** The timer of the rules' next look at the ticket. */
  public static final String TIMER = "escalation.look";

  private final Escalator escalator;

  /** The feature over the desk's escalation rules. */
  public EscalationFeature(Escalator escalator) {
    this.escalator = escalator;
  }

  @Override
  public String name() {
    return "escalation";
  }

  @Override
  public void react(Round round, Reactions out) {
    out.bySystem(escalator.evaluate(round.ticket(), round.now()));
  }

  @Override
  public Map<String, Instant> timers(TicketSnapshot ticket) {
    return ticket.escalationDueAt() == null ? Map.of() : Map.of(TIMER, ticket.escalationDueAt());
  }
}
