package dev.desk.core.lifecycle;

import dev.desk.spi.ticket.SlaClockKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A state of a lifecycle, with its flags.
 *
 * @param name upper-case letters, digits and underscores ({@code WAITING_FOR_CUSTOMER})
 * @param initial new tickets start here; a lifecycle has exactly one such state
 * @param terminal nothing leaves it; commands on a ticket here are refused
 * @param resolved the ticket counts as answered here (the resolution clock stops, escalation
 *     stops); leaving it for a state that is neither resolved nor terminal is a reopen
 * @param pausedClocks SLA clocks that do not run while a ticket is here
 */
public record State(
    String name, boolean initial, boolean terminal, boolean resolved, Set<SlaClockKind> pausedClocks) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Checks the name and copies the clock set. */
  public State {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a state name is upper-case letters, digits and _: " + name);
    }
    pausedClocks = pausedClocks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pausedClocks));
    if (initial && terminal) {
      throw new IllegalArgumentException("state " + name + " cannot be both initial and terminal");
    }
  }

  /** An ordinary state. */
  public static State of(String name) {
    return new State(name, false, false, false, Set.of());
  }

  /** The state new tickets start in. */
  public static State initial(String name) {
    return new State(name, true, false, false, Set.of());
  }

  /** A state nothing leaves. */
  public static State terminal(String name) {
    return new State(name, false, true, false, Set.of());
  }

  /** A state in which the ticket counts as answered. */
  public static State resolved(String name) {
    return new State(name, false, false, true, Set.of());
  }

  /** This state, pausing these clocks while a ticket is in it. */
  public State pausing(SlaClockKind... clocks) {
    return new State(name, initial, terminal, resolved, Set.of(clocks));
  }

  /** Whether the clock does not run in this state. */
  public boolean pauses(SlaClockKind clock) {
    return pausedClocks.contains(clock);
  }
}
