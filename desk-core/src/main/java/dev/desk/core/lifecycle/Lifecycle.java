package dev.desk.core.lifecycle;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.ActorRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket lifecycle: states and the transitions between them. Immutable and thread-safe; made
 * with {@link #builder(String)}, which refuses definitions with unknown states, several initial
 * states, ambiguous transitions, unreachable states or states from which no terminal state can
 * be reached.
 *
 * <pre>{@code
 * Lifecycle.Builder b = Lifecycle.builder("dispatch");
 * b.state(State.initial("NEW")).state(State.of("DISPATCHED")).state(State.terminal("CLOSED"));
 * b.from("NEW").on(Action.ASSIGN).to("DISPATCHED").by(ActorRole.AGENT).requires(TicketField.ASSIGNEE);
 * b.from("DISPATCHED").on(Action.CLOSE).to("CLOSED").by(ActorRole.AGENT);
 * Lifecycle dispatch = b.build();
 * }</pre>
 */
public final class Lifecycle {

  private final String name;
  private final Map<String, State> states;
  private final State initial;
  private final List<Transition> transitions;
  private final Map<String, Map<Action, Transition>> byStateAndAction;

  private Lifecycle(String name, Map<String, State> states, List<Transition> transitions) {
    this.name = name;
    this.states = Map.copyOf(states);
    this.initial = states.values().stream().filter(State::initial).findFirst().orElseThrow();
    this.transitions = List.copyOf(transitions);
    Map<String, Map<Action, Transition>> index = new HashMap<>();
    for (Transition t : transitions) {
      index.computeIfAbsent(t.from(), k -> new HashMap<>()).put(t.action(), t);
    }
    index.replaceAll((k, v) -> Map.copyOf(v));
    this.byStateAndAction = Map.copyOf(index);
  }

  /** A builder for a lifecycle with this name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The lifecycle's name. */
  public String name() {
    return name;
  }

  /** The state new tickets start in. */
  public State initialState() {
    return initial;
  }

  /** The state with this name. */
  public Optional<State> state(String stateName) {
    return Optional.ofNullable(states.get(stateName));
  }

  /** The state with this name; throws {@link IllegalArgumentException} for an unknown one. */
  public State requireState(String stateName) {
    State state = states.get(stateName);
    if (state == null) {
      throw new IllegalArgumentException("lifecycle " + name + " has no state " + stateName);
    }
    return state;
  }

  /** Every state. */
  public Collection<State> states() {
    return states.values();
  }

  /** Every transition, in the order they were defined. */
  public List<Transition> transitions() {
    return transitions;
  }

  /** The transition for an action from a state, if there is one. */
  public Optional<Transition> transition(String from, Action action) {
    Map<Action, Transition> out = byStateAndAction.get(from);
    return out == null ? Optional.empty() : Optional.ofNullable(out.get(action));
  }

  /** The actions allowed from a state. */
  public Set<Action> actionsFrom(String stateName) {
    Map<Action, Transition> out = byStateAndAction.get(stateName);
    return out == null ? Set.of() : out.keySet();
  }

  /** Whether moving from one state to another is a reopen: out of a resolved state into work. */
  public boolean isReopen(String from, String to) {
    State source = requireState(from);
    State target = requireState(to);
    return source.resolved() && !target.resolved() && !target.terminal();
  }

  /** States reachable from the initial state by any sequence of transitions (including it). */
  public Set<String> reachableStates() {
    return reachableFrom(initial.name(), transitions);
  }

  private static Set<String> reachableFrom(String start, List<Transition> transitions) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String state = todo.pop();
      if (seen.add(state)) {
        for (Transition t : transitions) {
          if (t.from().equals(state)) {
            todo.push(t.to());
          }
        }
      }
    }
    return seen;
  }

  @Override
  public String toString() {
    return "Lifecycle[" + name + ", " + states.size() + " states, " + transitions.size() + " transitions]";
  }

  /** Mutable, not thread-safe builder; {@link #build()} freezes and checks the definition. */
  public static final class Builder {
    private final String name;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final List<TransitionSpec> specs = new ArrayList<>();
    private final Map<String, List<TransitionHook>> enterHooks = new HashMap<>();

    private Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a lifecycle needs a name");
      }
      this.name = name;
    }

    /** Adds a state; a second state of the same name replaces the first. */
    public Builder state(State state) {
      states.put(state.name(), state);
      return this;
    }

    /** Starts a transition from one or more states; finish it with {@code on(...).to(...)}. */
    public TransitionSpec from(String... fromStates) {
      TransitionSpec spec = new TransitionSpec(List.of(fromStates));
      specs.add(spec);
      return spec;
    }

    /** Runs the hook after every committed transition into the state. */
    public Builder onEnter(String stateName, TransitionHook hook) {
      enterHooks.computeIfAbsent(stateName, k -> new ArrayList<>()).add(hook);
      return this;
    }

    /** The lifecycle; throws {@code CONFIGURATION_INVALID} naming every problem found. */
    public Lifecycle build() {
      List<String> problems = new ArrayList<>();
      long initials = states.values().stream().filter(State::initial).count();
      if (initials != 1) {
        problems.add("exactly one initial state is needed, found " + initials);
      }
      List<Transition> transitions = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (TransitionSpec spec : specs) {
        if (spec.action == null || spec.to == null) {
          problems.add("transition from " + spec.from + " needs on(action) and to(state)");
          continue;
        }
        for (String from : spec.from) {
          for (String state : List.of(from, spec.to)) {
            if (!states.containsKey(state)) {
              problems.add("transition " + from + " -" + spec.action + "-> " + spec.to
                  + " names unknown state " + state);
            }
          }
          if (!keys.add(from + "/" + spec.action)) {
            problems.add("two transitions from " + from + " on " + spec.action);
          }
          if (states.containsKey(from) && states.get(from).terminal()) {
            problems.add("terminal state " + from + " has a transition on " + spec.action);
          }
          List<TransitionHook> hooks = new ArrayList<>(spec.hooks);
          hooks.addAll(enterHooks.getOrDefault(spec.to, List.of()));
          transitions.add(new Transition(from, spec.action, spec.to, spec.roles, spec.required, hooks));
        }
      }
      for (String hooked : enterHooks.keySet()) {
        if (!states.containsKey(hooked)) {
          problems.add("onEnter names unknown state " + hooked);
        }
      }
      if (problems.isEmpty()) {
        checkGraph(transitions, problems);
      }
      if (!problems.isEmpty()) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
            "Lifecycle " + name + " is not valid: " + String.join("; ", problems));
      }
      return new Lifecycle(name, states, transitions);
    }

    private void checkGraph(List<Transition> transitions, List<String> problems) {
      String start = states.values().stream().filter(State::initial).findFirst().orElseThrow().name();
      Set<String> reachable = reachableFrom(start, transitions);
      for (State state : states.values()) {
        if (!reachable.contains(state.name())) {
          problems.add("state " + state.name() + " cannot be reached from " + start);
        } else if (!state.terminal()
            && reachableFrom(state.name(), transitions).stream().noneMatch(s -> states.get(s).terminal())) {
          problems.add("no terminal state can be reached from " + state.name());
        }
      }
    }
  }

  /** One transition (or one per source state) being defined. */
  public static final class TransitionSpec {
    private final List<String> from;
    private Action action;
    private String to;
    private Set<ActorRole> roles = EnumSet.of(ActorRole.AGENT, ActorRole.SUPERVISOR, ActorRole.SYSTEM);
    private final Set<TicketField> required = EnumSet.noneOf(TicketField.class);
    private final List<TransitionHook> hooks = new ArrayList<>();

    private TransitionSpec(List<String> from) {
      if (from.isEmpty()) {
        throw new IllegalArgumentException("a transition needs at least one source state");
      }
      this.from = from;
    }

    /** The action that takes the transition. */
    public TransitionSpec on(Action value) {
      action = value;
      return this;
    }

    /** The state it enters. */
    public TransitionSpec to(String value) {
      to = value;
      return this;
    }

    /** The roles allowed to take it; by default agents, supervisors and the system. */
    public TransitionSpec by(ActorRole... value) {
      roles = EnumSet.copyOf(Arrays.asList(value));
      return this;
    }

    /** Fields that must be filled after the command. */
    public TransitionSpec requires(TicketField... fields) {
      required.addAll(Arrays.asList(fields));
      return this;
    }

    /** A hook run after the transition is committed. */
    public TransitionSpec then(TransitionHook hook) {
      hooks.add(hook);
      return this;
    }
  }
}
