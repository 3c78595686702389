package dev.desk.core.lifecycle;

import dev.desk.spi.ticket.ActorRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An allowed move: from a state, on an action, to a state, if the actor has one of the roles
 * and the required fields are filled. A transition whose {@code from} equals its {@code to}
 * allows the action without a change of state (reassigning a ticket in progress).
 *
 * @param from the state it leaves
 * @param action the action that takes it
 * @param to the state it enters
 * @param roles roles allowed to take it
 * @param requiredFields fields that must be filled after the command
 * @param hooks run after the transition is committed
 */
public record Transition(
    String from,
    Action action,
    String to,
    Set<ActorRole> roles,
    Set<TicketField> requiredFields,
    List<TransitionHook> hooks) {

  /** Copies the collections. */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("transition " + from + " -" + action + "-> " + to
          + " allows no role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    requiredFields = requiredFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredFields));
    hooks = List.copyOf(hooks);
  }

  /** Whether the state stays the same. */
  public boolean keepsState() {
    return from.equals(to);
  }

  /** Whether an actor in this role may take it. */
  public boolean allows(ActorRole role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return from + " -" + action + "-> " + to;
  }
}
