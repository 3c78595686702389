package dev.desk.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClockKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class LifecycleBuilderTest {

  @Test
  void standardLifecycleMatchesTheDesign() {
    Lifecycle standard = Lifecycles.standard();

    assertEquals("NEW", standard.initialState().name());
    assertEquals(Set.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_FOR_THIRD_PARTY",
        "RESOLVED", "CLOSED", "REJECTED"), standard.reachableStates());
    assertTrue(standard.requireState("WAITING_FOR_CUSTOMER").pauses(SlaClockKind.RESOLUTION));
    assertFalse(standard.requireState("WAITING_FOR_THIRD_PARTY").pauses(SlaClockKind.RESOLUTION));
    assertTrue(standard.requireState("CLOSED").terminal());
    assertTrue(standard.isReopen("RESOLVED", "IN_PROGRESS"));
    assertFalse(standard.isReopen("RESOLVED", "CLOSED"));
    Transition reopen = standard.transition("RESOLVED", Action.REOPEN).orElseThrow();
    assertEquals(Set.of(ActorRole.REQUESTER, ActorRole.SUPERVISOR), reopen.roles());
    assertEquals(Set.of(Action.ASSIGN, Action.REJECT), standard.actionsFrom("NEW"));
  }

  @Test
  void everyProblemOfABrokenDefinitionIsNamed() {
    Lifecycle.Builder b = Lifecycle.builder("broken")
        .state(State.initial("A"))
        .state(State.initial("B"))
        .state(State.terminal("END"))
        .state(State.of("ISLAND"));
    b.from("A").on(Action.CLOSE).to("END");
    b.from("A").on(Action.CLOSE).to("B");
    b.from("END").on(Action.REOPEN).to("A");
    b.from("A").on(Action.RESOLVE).to("NOWHERE");

    DeskException e = assertThrows(DeskException.class, b::build);

    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    assertTrue(e.getMessage().contains("exactly one initial state is needed, found 2"), e.getMessage());
    assertTrue(e.getMessage().contains("two transitions from A on CLOSE"), e.getMessage());
    assertTrue(e.getMessage().contains("terminal state END has a transition on REOPEN"), e.getMessage());
    assertTrue(e.getMessage().contains("names unknown state NOWHERE"), e.getMessage());
  }

  @Test
  void unreachableStatesAndTrapsAreRefused() {
    Lifecycle.Builder b = Lifecycle.builder("traps")
        .state(State.initial("A"))
        .state(State.of("LOOP"))
        .state(State.of("ISLAND"))
        .state(State.terminal("END"));
    b.from("A").on(Action.CLOSE).to("END");
    b.from("A").on(Action.START_WORK).to("LOOP");
    b.from("LOOP").on(Action.ASSIGN).to("LOOP");
    b.from("ISLAND").on(Action.CLOSE).to("END");

    DeskException e = assertThrows(DeskException.class, b::build);

    assertTrue(e.getMessage().contains("state ISLAND cannot be reached from A"), e.getMessage());
    assertTrue(e.getMessage().contains("no terminal state can be reached from LOOP"), e.getMessage());
  }

  @Test
  void namesAreCheckedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> State.of("in progress"));
    assertThrows(IllegalArgumentException.class, () -> Action.of("close"));
    assertThrows(IllegalArgumentException.class, () -> new State("X", true, true, false, Set.of()));
  }
}
