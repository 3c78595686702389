package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of escalation over generated rule sets, directories and event streams: random commands
 * (any actor, stale versions, every lifecycle action) interleaved with time passing and timer
 * sweeps, under random levels, triggers, actions and repeats, with random staff on random shifts.
 */
final class EscalationProperties {

  private static final Lifecycle LIFECYCLE = Lifecycles.standard();

  /** One step of a stream: minutes pass, maybe a sweep runs, then a command is tried. */
  private record Tick(int minutes, boolean sweep, CommandStep step) {}

  private static Gen<List<Tick>> streams() {
    Gen<Tick> tick = integers().between(0, 240).zip(integers().between(0, 3), Generators.steps(LIFECYCLE),
        (minutes, sweep, step) -> new Tick(minutes, sweep > 0, step));
    return lists().of(tick).ofSizeBetween(1, 30);
  }

  private static List<JournalEvent> run(EscalationRules rules, ServiceDirectory staff, List<Tick> ticks) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-03-16T06:00:00Z"), EscalationTest.MOSCOW);
    Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES)
        .serviceDirectory(staff).escalationRules(rules).build();
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    for (Tick tick : ticks) {
      clock.advance(Duration.ofMinutes(tick.minutes()));
      if (tick.sweep()) {
        desk.runDueTimers();
      }
      t = desk.ticket(Fixtures.SUPERVISOR, t.id());
      CommandStep.Attempt attempt = tick.step().against(t);
      try {
        desk.execute(attempt.actor(), attempt.command());
      } catch (DeskException refused) {
        // refused commands are part of the stream
      }
    }
    clock.advance(Duration.ofDays(3));
    desk.runDueTimers();
    List<JournalEvent> journal = desk.journal(Fixtures.SUPERVISOR, t.id());
    assertEquals(desk.ticket(Fixtures.SUPERVISOR, t.id()), TicketFold.replay(journal), "the journal replays");
    return journal;
  }

  @Test
  void noLevelFiresTwiceInACycleAndRepeatsKeepTheirInterval() {
    qt().withExamples(150).forAll(RuleGenerators.escalationRules(), RuleGenerators.serviceDirectories(), streams())
        .checkAssert((rules, staff, ticks) -> {
          Map<String, Instant> last = new HashMap<>();
          for (JournalEvent e : run(rules, staff, ticks)) {
            if (e.change() instanceof TicketChange.EscalationFired f) {
              Instant before = last.put(f.rule() + "/" + f.level() + "/" + f.cycle(), e.occurredAt());
              if (before != null) {
                Duration repeat = repeatOf(rules, f);
                assertNotNull(repeat, "a level without a repeat fired twice in a cycle: " + f);
                // working time of the repeat is at least as much wall time
                assertFalse(Duration.between(before, e.occurredAt()).compareTo(repeat) < 0,
                    "a repeat came " + Duration.between(before, e.occurredAt()) + " after the last: " + f);
              }
            }
          }
        });
  }

  private static Duration repeatOf(EscalationRules rules, TicketChange.EscalationFired f) {
    return rules.rules().stream().filter(r -> r.id().equals(f.rule())).flatMap(r -> r.levels().stream())
        .filter(l -> l.number() == f.level()).findFirst().orElseThrow().repeat();
  }

  @Test
  void nothingFiresWhileTheTicketIsResolvedOrClosed() {
    qt().withExamples(150).forAll(RuleGenerators.escalationRules(), RuleGenerators.serviceDirectories(), streams())
        .checkAssert((rules, staff, ticks) -> {
      TicketSnapshot state = null;
      for (JournalEvent e : run(rules, staff, ticks)) {
        if (e.change() instanceof TicketChange.EscalationFired && state != null) {
          var s = LIFECYCLE.requireState(state.status());
          assertFalse(s.resolved() || s.terminal(), "fired in " + state.status() + ": " + e);
        }
        state = TicketFold.apply(state, e);
      }
    });
  }

  @Test
  void theLineGoesDownOnlyByAnExplicitCommand() {
    qt().withExamples(150).forAll(RuleGenerators.escalationRules(), RuleGenerators.serviceDirectories(), streams())
        .checkAssert((rules, staff, ticks) -> {
      TicketSnapshot state = null;
      for (JournalEvent e : run(rules, staff, ticks)) {
        TicketSnapshot next = TicketFold.apply(state, e);
        if (state != null && next.line().compareTo(state.line()) < 0) {
          assertTrue(e.actorRole() != ActorRole.SYSTEM, "the system lowered the line: " + e);
        }
        state = next;
      }
    });
  }
}
