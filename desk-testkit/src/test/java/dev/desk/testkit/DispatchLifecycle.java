package dev.desk.testkit;

import static dev.desk.spi.ticket.ActorRole.AGENT;
import static dev.desk.spi.ticket.ActorRole.SUPERVISOR;
import static dev.desk.spi.ticket.ActorRole.SYSTEM;

import dev.desk.core.lifecycle.Action;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.State;
import dev.desk.core.lifecycle.TicketField;
import dev.desk.spi.ticket.SlaClockKind;

/** An emergency-dispatch lifecycle: a crew is dispatched, arrives on site, and reports back. */
final class DispatchLifecycle {

  static final Action ARRIVE_ON_SITE = Action.of("ARRIVE_ON_SITE");
  static final Action RECALL = Action.of("RECALL");

  private DispatchLifecycle() {}

  static Lifecycle create() {
    Lifecycle.Builder b = Lifecycle.builder("dispatch")
        .state(State.initial("NEW"))
        .state(State.of("DISPATCHED"))
        .state(State.of("ON_SITE"))
        .state(State.of("AWAITING_PARTS").pausing(SlaClockKind.RESOLUTION))
        .state(State.resolved("RESOLVED"))
        .state(State.terminal("CLOSED"))
        .state(State.terminal("REJECTED"));
    b.from("NEW").on(Action.ASSIGN).to("DISPATCHED").by(AGENT, SUPERVISOR, SYSTEM).requires(TicketField.ASSIGNEE);
    b.from("DISPATCHED").on(Action.ASSIGN).to("DISPATCHED").requires(TicketField.ASSIGNEE);
    b.from("DISPATCHED").on(ARRIVE_ON_SITE).to("ON_SITE").by(AGENT, SUPERVISOR);
    b.from("DISPATCHED").on(RECALL).to("NEW").by(SUPERVISOR).requires(TicketField.REASON);
    b.from("ON_SITE").on(Action.WAIT_FOR_THIRD_PARTY).to("AWAITING_PARTS").requires(TicketField.REASON);
    b.from("AWAITING_PARTS").on(Action.THIRD_PARTY_REPLIED).to("ON_SITE");
    b.from("ON_SITE").on(Action.RESOLVE).to("RESOLVED").by(AGENT, SUPERVISOR).requires(TicketField.RESOLUTION);
    b.from("RESOLVED").on(Action.CLOSE).to("CLOSED").by(SUPERVISOR, SYSTEM);
    b.from("RESOLVED").on(Action.REOPEN).to("ON_SITE").by(SUPERVISOR).requires(TicketField.REASON);
    b.from("NEW", "DISPATCHED").on(Action.REJECT).to("REJECTED").by(SUPERVISOR).requires(TicketField.REFUSAL_REASON);
    return b.build();
  }
}
