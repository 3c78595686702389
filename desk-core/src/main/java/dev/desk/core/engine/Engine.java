package dev.desk.core.engine;

import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.internal.Messages;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.TicketField;
import dev.desk.core.lifecycle.Transition;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.EventKinds;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides every intent the same way: the intent's own changes, then the features' reactions
 * round after round (each feature in order, seeing what the ones before it added) until a round
 * adds nothing, then the effects of every event. Pure: reads nothing, writes nothing; the facade
 * commits the {@link Outcome} once. Thread-safe.
 */
public final class Engine {

  /** Rounds of reactions one intent may take; more means two features answer each other for ever. */
  static final int MAX_ROUNDS = 16;

  /** An array: every intent walks it several times, and a list's iterator would be made each time. */
  private final Feature[] features;

  /**
   * An engine over these features, in the order they react.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} when two features claim one kind
   */
  public Engine(List<Feature> features) {
    this.features = features.toArray(Feature[]::new);
    Map<String, String> owners = new HashMap<>();
    for (Feature feature : features) {
      for (Class<? extends TicketChange.Extension> kind : feature.kinds()) {
        String name = EventKinds.of(kind).value();
        String owner = EventKinds.builtIn().containsKey(name) ? "the SDK" : owners.putIfAbsent(name, feature.name());
        if (owner != null) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the kind " + name + " of feature "
              + feature.name() + " is already " + owner + "'s");
        }
      }
    }
  }

  /** What a requester reads of an event: the entry of the first feature that shows it, or nothing. */
  public Optional<RequesterEntry> forRequester(JournalEvent event) {
    for (Feature feature : features) {
      Optional<RequesterEntry> entry = feature.forRequester(event);
      if (entry.isPresent()) {
        return entry;
      }
    }
    return Optional.empty();
  }

  /** The extension kinds of all features. */
  public List<Class<? extends TicketChange.Extension>> kinds() {
    return Arrays.stream(features).flatMap(f -> f.kinds().stream()).toList();
  }

  /**
   * Decides an intent.
   *
   * @param ticket the ticket as stored, or {@code null} for a registration
   * @throws DeskException the typed refusal of the feature that owns the command; nothing is decided then
   */
  public Outcome decide(TicketSnapshot ticket, Intent intent, Instant now) {
    Run run = new Run(ticket, intent instanceof Intent.Register r ? r.id() : ticket.id(), now);
    if (intent instanceof Intent.Register r) {
      for (TicketChange change : r.changes()) {
        run.journal(change, r.actor(), null);
      }
      if (r.via() != null) {
        run.journal(r.via(), r.actor(), null);
      }
    } else if (intent instanceof Intent.Command c) {
      Decision decision = decision(ticket, c.actor(), c.command(), now);
      run.take(decision, c.actor());
      if (c.via() != null) {
        run.journal(c.via(), c.actor(), null);
      }
      run.reason = decision.reason();
    } else if (intent instanceof Intent.Tick t) {
      for (Feature feature : features) {
        for (TicketChange change : feature.due(run.ticket, t.due(), now)) {
          run.journal(change, Actor.SYSTEM, null);
        }
      }
    }
    run.react(intent.actor(), intent instanceof Intent.Tick);
    return run.outcome(intent instanceof Intent.Tick t ? t.due() : List.of());
  }

  private Decision decision(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    for (Feature feature : features) {
      Optional<Decision> decision = feature.decide(ticket, actor, command, now);
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    if (command instanceof FeatureCommand) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "No feature of this desk decides "
          + command.getClass().getSimpleName() + ": add the feature that owns it (Desk.Builder.feature)");
    }
    throw new DeskException(ErrorCode.INTERNAL, "no feature decides " + command.getClass().getSimpleName());
  }

  /** One intent being decided: the ticket so far and the events that led there. */
  private final class Run {
    final TicketSnapshot before;
    final TicketId id;
    final Instant now;
    final List<JournalEvent> events = new ArrayList<>();
    final List<Transition> transitions = new ArrayList<>();
    /** Timers the reactions set (an instant) or cancelled ({@code null}), by kind. */
    Map<String, Instant> timers = Map.of(); // made at the first a reaction sets: most intents set none
    TicketSnapshot ticket;
    /** The changes of the round being built. */
    List<TicketChange> changes = new ArrayList<>();
    String reason;

    Run(TicketSnapshot before, TicketId id, Instant now) {
      this.before = before;
      this.id = id;
      this.ticket = before;
      this.now = now;
    }

    void journal(TicketChange change, Actor actor, String why) {
      long sequence = ticket == null ? 1 : ticket.version() + 1;
      JournalEvent event = new JournalEvent(id, sequence, now, actor.id(), actor.role(), why, change);
      ticket = TicketFold.apply(ticket, event);
      events.add(event);
      changes.add(change);
    }

    void take(Decision decision, Actor actor) {
      for (TicketChange change : decision.changes()) {
        journal(change, actor, decision.reason());
      }
      if (decision.transitions()) {
        requireFields(decision.transition(), decision.reason());
        transitions.add(decision.transition());
      }
    }

    /** The fields a transition requires, judged on the ticket as its decision leaves it (folded once, here). */
    private void requireFields(Transition transition, String reason) {
      List<Violation> missing = new ArrayList<>();
      for (TicketField field : transition.requiredFields()) {
        if (!field.filledOn(ticket, reason)) {
          missing.add(Messages.violation(field.path(), "field.required", transition.action().name()));
        }
      }
      if (!missing.isEmpty()) {
        throw new ValidationException(missing);
      }
    }

    /** Runs the features' reactions round after round until one adds nothing. */
    void react(Actor actor, boolean evenIfQuiet) {
      TicketSnapshot roundStart = before;
      Actor roundActor = actor;
      String roundReason = reason;
      for (int round = 0; ; round++) {
        List<TicketChange> roundChanges = changes;
        if (roundChanges.isEmpty() && !(evenIfQuiet && round == 0)) {
          return;
        }
        if (round == MAX_ROUNDS) {
          throw new DeskException(ErrorCode.INTERNAL, "the features' reactions did not settle on ticket "
              + ticket.number() + " after " + MAX_ROUNDS + " rounds; last: " + roundChanges);
        }
        changes = new ArrayList<>();
        TicketSnapshot roundEnd = ticket;
        Round view = null; // each feature sees what the ones before it added: a new view only after a change
        Reactions out = new Reactions(); // emptied for each feature: one per round, not one per feature
        for (Feature feature : features) {
          if (view == null || view.ticket() != ticket) {
            view = new Round(roundStart, ticket, roundChanges, roundActor, roundReason, now);
          }
          out.clear();
          feature.react(view, out);
          if (!out.timers().isEmpty()) {
            if (timers.isEmpty()) {
              timers = new LinkedHashMap<>();
            }
            timers.putAll(out.timers());
          }
          List<Reactions.Item> items = out.items();
          for (int i = 0; i < items.size(); i++) { // by index: most features answer nothing, and need no iterator
            Reactions.Item item = items.get(i);
            if (item.command() != null) {
              follow(item.command());
            } else if (item.byRoundActor()) {
              journal(item.change(), roundActor, roundReason);
            } else {
              journal(item.change(), Actor.SYSTEM, null);
            }
          }
        }
        roundStart = roundEnd;
        roundActor = Actor.SYSTEM;
        roundReason = null;
      }
    }

    /** A command a reaction asked for, decided on the ticket as it is now; a refusal drops it. */
    private void follow(TicketCommand command) {
      Decision decision;
      try {
        decision = decision(ticket, Actor.SYSTEM, command, now);
      } catch (IllegalTransitionException e) {
        return; // not possible in this state: the system tries again when it next looks
      }
      take(decision, Actor.SYSTEM);
    }

    Outcome outcome(List<Timer> fired) {
      Effects effects = new Effects();
      for (JournalEvent event : events) {
        for (Feature feature : features) {
          feature.effects(event, ticket, effects);
        }
      }
      if (!events.isEmpty()) {
        for (Feature feature : features) {
          feature.count(before, ticket, events, effects);
        }
      }
      // plain loops, not streams, and nothing made when no timer moves: this runs for every intent
      Map<String, Instant> plan = Map.of(); // by kind, the instant to set, or null to cancel; the last word holds
      for (Feature feature : features) {
        Map<String, Instant> was = before == null ? Map.of() : feature.timers(before);
        Map<String, Instant> is = feature.timers(ticket);
        if (!is.isEmpty()) { // most features have no timers: no iterator made for them
          for (Map.Entry<String, Instant> timer : is.entrySet()) {
            // after a tick every derived timer is set again: the sweep may have fired it with nothing to do
            if (!fired.isEmpty() || !timer.getValue().equals(was.get(timer.getKey()))) {
              plan = plan(plan, timer.getKey(), timer.getValue());
            }
          }
        }
        if (!was.isEmpty()) {
          for (String kind : was.keySet()) {
            if (!is.containsKey(kind)) {
              plan = plan(plan, kind, null);
            }
          }
        }
      }
      if (!timers.isEmpty()) { // the timers reactions set or cancelled
        for (Map.Entry<String, Instant> timer : timers.entrySet()) {
          plan = plan(plan, timer.getKey(), timer.getValue());
        }
      }
      for (Timer timer : fired) { // a timer fires once: gone unless the intent moved it later
        Instant next = plan.get(timer.kind());
        if (next == null || !next.isAfter(now)) {
          plan = plan(plan, timer.kind(), null);
        }
      }
      List<Timer> setTimers = List.of();
      List<String> cancelled = List.of();
      if (!plan.isEmpty()) {
        setTimers = new ArrayList<>(plan.size());
        cancelled = new ArrayList<>(plan.size());
        for (Map.Entry<String, Instant> timer : plan.entrySet()) {
          if (timer.getValue() != null) {
            setTimers.add(new Timer(timer.getKey(), timer.getValue()));
          } else if (before != null) { // a new ticket has nothing to cancel
            cancelled.add(timer.getKey());
          }
        }
      }
      List<CounterChange> moved = List.of();
      for (CounterChange counter : effects.counters()) {
        if (counter.delta() != 0) {
          if (moved.isEmpty()) {
            moved = new ArrayList<>();
          }
          moved.add(counter);
        }
      }
      return new Outcome(before, ticket, events, transitions, effects.outbox(), effects.inbound(), setTimers,
          cancelled, moved);
    }

    /** The plan with one more word on a timer, made on the first. */
    private static Map<String, Instant> plan(Map<String, Instant> plan, String kind, Instant at) {
      Map<String, Instant> out = plan.isEmpty() ? new LinkedHashMap<>() : plan;
      out.put(kind, at);
      return out;
    }
  }
}
