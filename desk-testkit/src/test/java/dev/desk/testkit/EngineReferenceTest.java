package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.engine.Decision;
import dev.desk.core.engine.Engine;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Intent;
import dev.desk.core.engine.Outcome;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.feature.ChannelsFeature;
import dev.desk.core.feature.EscalationFeature;
import dev.desk.core.feature.NoticesFeature;
import dev.desk.core.feature.SlaFeature;
import dev.desk.core.feature.TicketsFeature;
import dev.desk.core.internal.ClockPlanner;
import dev.desk.core.internal.Escalator;
import dev.desk.core.internal.NoticePlanner;
import dev.desk.core.internal.TicketDecider;
import dev.desk.core.lifecycle.TicketField;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The one engine path gives the same events, snapshot, outbox entries and timers as a naive
 * reference written here: apply the intent, then run each feature's reaction round after round
 * until nothing more changes, replaying the whole journal for every look at the ticket. Random
 * intents on the standard and the dispatch lifecycles, with SLA clocks, notices and escalation.
 */
final class EngineReferenceTest {

  private static final Function<String, CalendarHistory> CALENDARS = id -> CalendarHistory.of(Calendars.builtIn(id)
      .orElseThrow());
  private static final SlaPolicies POLICIES = SlaPolicies.of(new SlaPolicy("tight", null, null, null, List.of(
      SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(30), Calendars.ALWAYS),
      SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(2), Calendars.ALWAYS),
      SlaTarget.of(SlaClockKind.UPDATE, Duration.ofHours(1), Calendars.ALWAYS))));
  private static final EscalationRules RULES = EscalationRules.builder()
      .rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
          .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build())
      .rule(EscalationRule.builder("late").level(1, Trigger.clock(SlaClockKind.RESPONSE, 80))
          .notify(Recipient.person("head"), EscalationAction.Delivery.AT_ONCE).raiseUrgency().build())
      .build();

  private static List<Feature> features(Lifecycle lifecycle) {
    Set<String> open = new HashSet<>();
    lifecycle.states().stream().filter(s -> !s.terminal() && !s.resolved()).forEach(s -> open.add(s.name()));
    return List.of(
        new TicketsFeature(new TicketDecider(lifecycle, Fixtures.directory())),
        new SlaFeature(new ClockPlanner(POLICIES, CALENDARS, lifecycle)),
        new ChannelsFeature(),
        new NoticesFeature(new NoticePlanner(lifecycle)),
        new EscalationFeature(new Escalator(RULES, null, CALENDARS, open, org -> "hospital")));
  }

  @Test
  void standardLifecycle() {
    check(Lifecycles.standard());
  }

  @Test
  void dispatchLifecycle() {
    check(DispatchLifecycle.create());
  }

  private void check(Lifecycle lifecycle) {
    List<Feature> features = features(lifecycle);
    Engine engine = new Engine(features);
    qt().withExamples(150).forAll(Generators.registrations(),
            lists().of(Generators.steps(lifecycle)).ofSizeBetween(1, 30))
        .checkAssert((registration, steps) -> scenario(engine, features, registration, steps));
  }

  private void scenario(Engine engine, List<Feature> features, RegisterTicket r, List<CommandStep> steps) {
    Instant now = Instant.parse("2026-03-02T05:30:00Z");
    TicketChange.Registered registered = new TicketChange.Registered("DESK-2026-000001", r.type(),
        r.organisationId(), r.supportCode(), new dev.desk.spi.ticket.Requester(null, r.fullName(), r.contacts(),
        r.noticesBy()), r.channel(), r.category(), r.urgency() == null ? Fixtures.EMR.defaultUrgency() : r.urgency(),
        "subject", r.description(), null, List.of(), "emr-l1", SupportLine.L1, null,
        Lifecycles.standard().initialState().name());
    Outcome first = engine.decide(null, new Intent.Register(Actor.SYSTEM, TicketId.random(), List.of(registered),
        null), now);
    List<JournalEvent> journal = new ArrayList<>(first.events());
    Map<String, Instant> timers = new HashMap<>();
    first.timers().forEach(t -> timers.put(t.kind(), t.dueAt()));
    TicketSnapshot ticket = first.after();
    for (CommandStep step : steps) {
      now = now.plus(Duration.ofMinutes(7));
      Instant at = now;
      List<Timer> due = timers.entrySet().stream().filter(e -> !e.getValue().isAfter(at))
          .map(e -> new Timer(e.getKey(), e.getValue())).toList();
      if (!due.isEmpty()) {
        Outcome tick = engine.decide(ticket, new Intent.Tick(due), now);
        Reference expected = Reference.tick(features, journal, due, now);
        expected.assertSame(tick, step + " (tick)");
        ticket = apply(tick, journal, timers);
      }
      CommandStep.Attempt attempt = step.against(ticket);
      Outcome outcome;
      try {
        outcome = engine.decide(ticket, new Intent.Command(attempt.actor(), attempt.command(), null), now);
      } catch (DeskException refused) {
        List<JournalEvent> before = List.copyOf(journal);
        Instant t = now;
        assertThrows(refused.getClass(), () -> Reference.command(features, before, attempt.actor(), attempt.command(),
            t), () -> step + ": the engine refused with " + refused);
        continue;
      }
      Reference expected = Reference.command(features, journal, attempt.actor(), attempt.command(), now);
      expected.assertSame(outcome, step.toString());
      ticket = apply(outcome, journal, timers);
    }
  }

  private static TicketSnapshot apply(Outcome o, List<JournalEvent> journal, Map<String, Instant> timers) {
    journal.addAll(o.events());
    o.cancelledTimers().forEach(timers::remove);
    o.timers().forEach(t -> timers.put(t.kind(), t.dueAt()));
    return o.after();
  }

  /** The naive reference: every look at the ticket replays its whole journal. */
  private static final class Reference {
    private final List<Feature> features;
    private final List<JournalEvent> all;
    private final int firstNew;
    private final Instant now;
    private final Map<String, Instant> explicit = new HashMap<>();

    private Reference(List<Feature> features, List<JournalEvent> journal, Instant now) {
      this.features = features;
      this.all = new ArrayList<>(journal);
      this.firstNew = journal.size();
      this.now = now;
    }

    TicketSnapshot ticket() {
      return TicketFold.replay(all);
    }

    void add(TicketChange change, Actor actor, String reason) {
      all.add(new JournalEvent(all.get(0).ticketId(), all.size() + 1, now, actor.id(), actor.role(), reason, change));
    }

    Decision decision(Actor actor, TicketCommand command) {
      for (Feature f : features) {
        Optional<Decision> d = f.decide(ticket(), actor, command, now);
        if (d.isPresent()) {
          return d.get();
        }
      }
      throw new AssertionError("nobody decides " + command);
    }

    /** A transition's required fields, judged on the ticket replayed with the decision's changes. */
    void requireFields(Decision d) {
      if (d.transitions()) {
        for (TicketField field : d.transition().requiredFields()) {
          if (!field.filledOn(ticket(), d.reason())) {
            throw new ValidationException(List.of(Violation.of(field.path(), "is required")));
          }
        }
      }
    }

    static Reference command(List<Feature> features, List<JournalEvent> journal, Actor actor, TicketCommand command,
        Instant now) {
      Reference ref = new Reference(features, journal, now);
      TicketSnapshot before = ref.ticket();
      Decision d = ref.decision(actor, command);
      d.changes().forEach(c -> ref.add(c, actor, d.reason()));
      ref.requireFields(d);
      ref.settle(before, d.changes(), actor, d.reason());
      return ref;
    }

    static Reference tick(List<Feature> features, List<JournalEvent> journal, List<Timer> due, Instant now) {
      Reference ref = new Reference(features, journal, now);
      TicketSnapshot before = ref.ticket();
      List<TicketChange> changes = new ArrayList<>();
      for (Feature f : features) {
        for (TicketChange c : f.due(ref.ticket(), due, now)) {
          ref.add(c, Actor.SYSTEM, null);
          changes.add(c);
        }
      }
      ref.reactOnce(before, changes, Actor.SYSTEM, null);
      ref.settle(ref.roundStart, ref.lastRound, Actor.SYSTEM, null);
      ref.due = due;
      return ref;
    }

    private TicketSnapshot roundStart;
    private List<TicketChange> lastRound;
    private List<Timer> due = List.of();

    /** Each feature reacts to the round in turn; what they add is the next round. */
    private void reactOnce(TicketSnapshot before, List<TicketChange> changes, Actor actor, String reason) {
      int mark = all.size();
      roundStart = ticket();
      for (Feature f : features) {
        Reactions out = new Reactions();
        f.react(new Round(before, ticket(), changes, actor, reason, now), out);
        explicit.putAll(out.timers());
        for (Reactions.Item item : out.items()) {
          if (item.command() != null) {
            try {
              Decision d = decision(Actor.SYSTEM, item.command());
              d.changes().forEach(c -> add(c, Actor.SYSTEM, d.reason()));
              requireFields(d);
            } catch (IllegalTransitionException e) {
              // the system's command is not possible now
            }
          } else {
            add(item.change(), item.byRoundActor() ? actor : Actor.SYSTEM, item.byRoundActor() ? reason : null);
          }
        }
      }
      lastRound = all.subList(mark, all.size()).stream().map(JournalEvent::change).toList();
    }

    private void settle(TicketSnapshot before, List<TicketChange> changes, Actor actor, String reason) {
      TicketSnapshot b = before;
      List<TicketChange> round = changes;
      Actor who = actor;
      String why = reason;
      while (!round.isEmpty()) {
        reactOnce(b, round, who, why);
        b = roundStart;
        round = lastRound;
        who = Actor.SYSTEM;
        why = null;
      }
    }

    void assertSame(Outcome o, String step) {
      List<JournalEvent> events = all.subList(firstNew, all.size());
      assertEquals(events, o.events(), () -> "events after " + step);
      if (!events.isEmpty()) {
        assertEquals(ticket(), o.after(), () -> "snapshot after " + step);
      }
      List<OutboxEntry> outbox = new ArrayList<>();
      for (JournalEvent e : events) {
        if (e.change() instanceof TicketChange.NotificationPlanned n) {
          outbox.add(OutboxEntry.planned(e.ticketId(), o.after().number(), e.sequence(), n));
        }
      }
      assertEquals(outbox, o.outbox(), () -> "outbox after " + step);
      TicketSnapshot before = firstNew == 0 ? null : TicketFold.replay(all.subList(0, firstNew));
      TicketSnapshot after = ticket();
      Map<String, Instant> set = new HashMap<>();
      Set<String> cancelled = new HashSet<>();
      for (Feature f : features) {
        Map<String, Instant> was = before == null ? Map.of() : f.timers(before);
        Map<String, Instant> is = f.timers(after);
        is.forEach((k, v) -> {
          if (!due.isEmpty() || !v.equals(was.get(k))) {
            set.put(k, v);
          }
        });
        was.keySet().stream().filter(k -> !is.containsKey(k)).forEach(cancelled::add);
      }
      explicit.forEach((k, v) -> {
        if (v == null) {
          set.remove(k);
          cancelled.add(k);
        } else {
          set.put(k, v);
          cancelled.remove(k);
        }
      });
      for (Timer t : due) {
        if (set.get(t.kind()) == null || !set.get(t.kind()).isAfter(now)) {
          set.remove(t.kind());
          cancelled.add(t.kind());
        }
      }
      Map<String, Instant> engineSet = new HashMap<>();
      o.timers().forEach(t -> engineSet.put(t.kind(), t.dueAt()));
      assertEquals(set, engineSet, () -> "timers set after " + step);
      assertEquals(cancelled, new HashSet<>(o.cancelledTimers()), () -> "timers cancelled after " + step);
    }
  }
}
