package dev.desk.core.lifecycle;

import static dev.desk.spi.ticket.ActorRole.AGENT;
import static dev.desk.spi.ticket.ActorRole.REQUESTER;
import static dev.desk.spi.ticket.ActorRole.SUPERVISOR;
import static dev.desk.spi.ticket.ActorRole.SYSTEM;

import dev.desk.spi.ticket.SlaClockKind;

/** The lifecycles desk ships. */
public final class Lifecycles {

  /** Registered, nobody responsible yet. */
  public static final String NEW = "NEW";
  /** An agent is responsible. */
  public static final String ASSIGNED = "ASSIGNED";
  /** The agent works on it. */
  public static final String IN_PROGRESS = "IN_PROGRESS";
  /** Waiting for the requester; SLA clocks pause. */
  public static final String WAITING_FOR_CUSTOMER = "WAITING_FOR_CUSTOMER";
  /** Waiting for a vendor or another service; clocks run: the delay is ours. */
  public static final String WAITING_FOR_THIRD_PARTY = "WAITING_FOR_THIRD_PARTY";
  /** Answered; the requester may confirm or reopen. */
  public static final String RESOLVED = "RESOLVED";
  /** Done. */
  public static final String CLOSED = "CLOSED";
  /** Refused for one of the allowed reasons. */
  public static final String REJECTED = "REJECTED";

  private static final Lifecycle STANDARD = buildStandard();

  private Lifecycles() {}

  /**
   * The default lifecycle of the design:
   *
   * <pre>
   * NEW -&gt; ASSIGNED -&gt; IN_PROGRESS -&gt; RESOLVED -&gt; CLOSED
   *         |              |  ^          |
   *         |              v  |          +-&gt; IN_PROGRESS (reopened by the requester)
   *         |     WAITING_FOR_CUSTOMER (clocks paused)
   *         |     WAITING_FOR_THIRD_PARTY
   * NEW/ASSIGNED/IN_PROGRESS/WAITING_* -&gt; REJECTED (with a refusal reason)
   * </pre>
   *
   * An assigned ticket may also be resolved at once (a typical request answered by the first
   * line) and reassigned in every open state.
   */
  public static Lifecycle standard() {
    return STANDARD;
  }

  private static Lifecycle buildStandard() {
    Lifecycle.Builder b = Lifecycle.builder("standard")
        .state(State.initial(NEW))
        .state(State.of(ASSIGNED))
        .state(State.of(IN_PROGRESS))
        .state(State.of(WAITING_FOR_CUSTOMER)
            .pausing(SlaClockKind.RESPONSE, SlaClockKind.RESOLUTION, SlaClockKind.UPDATE))
        .state(State.of(WAITING_FOR_THIRD_PARTY))
        .state(State.resolved(RESOLVED).pausing(SlaClockKind.UPDATE))
        .state(State.terminal(CLOSED))
        .state(State.terminal(REJECTED));
    b.from(NEW).on(Action.ASSIGN).to(ASSIGNED).requires(TicketField.ASSIGNEE);
    for (String open : new String[] {ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY}) {
      b.from(open).on(Action.ASSIGN).to(open).requires(TicketField.ASSIGNEE);
    }
    b.from(ASSIGNED).on(Action.START_WORK).to(IN_PROGRESS).by(AGENT, SUPERVISOR);
    b.from(IN_PROGRESS).on(Action.REQUEST_INFORMATION).to(WAITING_FOR_CUSTOMER)
        .by(AGENT, SUPERVISOR).requires(TicketField.REASON);
    b.from(WAITING_FOR_CUSTOMER).on(Action.CUSTOMER_REPLIED).to(IN_PROGRESS)
        .by(REQUESTER, AGENT, SUPERVISOR, SYSTEM);
    b.from(IN_PROGRESS).on(Action.WAIT_FOR_THIRD_PARTY).to(WAITING_FOR_THIRD_PARTY)
        .by(AGENT, SUPERVISOR).requires(TicketField.REASON);
    b.from(WAITING_FOR_THIRD_PARTY).on(Action.THIRD_PARTY_REPLIED).to(IN_PROGRESS);
    b.from(ASSIGNED, IN_PROGRESS).on(Action.RESOLVE).to(RESOLVED)
        .by(AGENT, SUPERVISOR).requires(TicketField.RESOLUTION);
    b.from(RESOLVED).on(Action.REOPEN).to(IN_PROGRESS).by(REQUESTER, SUPERVISOR).requires(TicketField.REASON);
    b.from(RESOLVED).on(Action.CLOSE).to(CLOSED).by(REQUESTER, AGENT, SUPERVISOR, SYSTEM);
    b.from(NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY)
        .on(Action.REJECT).to(REJECTED).by(AGENT, SUPERVISOR).requires(TicketField.REFUSAL_REASON);
    return b.build();
  }
}
