package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.directory.Directory;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.view.RequesterEntry;
import dev.desk.core.view.RequesterView;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The property suite every lifecycle must pass. A host extends it, names its lifecycle, and
 * gets random scenarios (a registration, then up to {@link #maxSteps()} commands by random
 * actors, some stale, some missing fields) checked after every step:
 *
 * <ul>
 *   <li>the ticket is always in a state reachable in the lifecycle's graph;
 *   <li>a refused command changes nothing: neither the snapshot nor the journal;
 *   <li>replaying the journal gives the stored snapshot back, and the version counts the events;
 *   <li>a terminal state is never left;
 *   <li>only typed {@link DeskException}s escape: never a null pointer or an illegal argument;
 *   <li>the scenarios visit every state of the graph, so no state hides behind a guard that no
 *       command can satisfy (and the properties above were checked everywhere);
 *   <li>the requester reads exactly the public messages, never an internal comment, a notice to
 *       staff, an escalation, a staff member's name or contact, and a requester of another
 *       organisation reads nothing.
 * </ul>
 *
 * <pre>{@code
 * final class DispatchLifecycleTest extends LifecycleContract {
 *   protected Lifecycle lifecycle() { return Dispatch.lifecycle(); }
 * }
 * }</pre>
 */
public abstract class LifecycleContract {

  /** The lifecycle under test. */
  protected abstract Lifecycle lifecycle();

  /** The directory tickets are registered against; the {@link Fixtures} one by default. */
  protected Directory directory() {
    return Fixtures.directory();
  }

  /**
   * SLA policies the scenarios run with, so the properties cover clock events too; by default
   * a tight policy on the 24x7 calendar, which warns and breaches within a scenario.
   */
  protected SlaPolicies slaPolicies() {
    return SlaPolicies.of(new SlaPolicy("contract-tight", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(30), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(2), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.UPDATE, Duration.ofHours(1), Calendars.ALWAYS))));
  }

  /** How many scenarios each property runs. */
  protected int examples() {
    return 200;
  }

  /** The longest scenario. */
  protected int maxSteps() {
    return 40;
  }

  /** Checks one step's outcome. */
  @FunctionalInterface
  private interface StepCheck {
    void check(TicketSnapshot before, List<JournalEvent> journalBefore, TicketSnapshot after,
        List<JournalEvent> journalAfter, DeskException refusal, CommandStep step);
  }

  @Test
  void everyStateATicketReachesIsReachableInTheGraph() {
    Set<String> reachable = lifecycle().reachableStates();
    runScenarios((before, jb, after, ja, refusal, step) ->
        assertTrue(reachable.contains(after.status()), () -> after.status() + " after " + step));
  }

  @Test
  void refusedCommandsChangeNothing() {
    runScenarios((before, jb, after, ja, refusal, step) -> {
      if (refusal != null) {
        assertEquals(before, after, () -> "snapshot changed by refused " + step + ": " + refusal);
        assertEquals(jb, ja, () -> "journal changed by refused " + step + ": " + refusal);
      }
    });
  }

  @Test
  void replayingTheJournalGivesTheSnapshot() {
    runScenarios((before, jb, after, ja, refusal, step) -> {
      assertEquals(after, TicketFold.replay(ja), () -> "replay differs after " + step);
      assertEquals(ja.size(), after.version(), () -> "version is not the journal's length after " + step);
    });
  }

  @Test
  void terminalStatesAreNeverLeft() {
    runScenarios((before, jb, after, ja, refusal, step) -> {
      if (lifecycle().requireState(before.status()).terminal()) {
        assertEquals(before.status(), after.status(), () -> step + " left terminal state " + before.status());
        assertFalse(refusal == null, () -> step + " was accepted on a " + before.status() + " ticket");
      }
    });
  }

  @Test
  void scenariosVisitEveryState() {
    Set<String> visited = new HashSet<>();
    runScenarios((before, jb, after, ja, refusal, step) -> visited.add(after.status()));
    Set<String> missed = new TreeSet<>(lifecycle().reachableStates());
    missed.removeAll(visited);
    assertTrue(missed.isEmpty(), () -> "no generated scenario reached " + missed);
  }

  @Test
  void theRequesterReadsOnlyWhatIsMeantForThem() {
    FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    EscalationRules rules = EscalationRules.builder()
        .rule(EscalationRule.builder("tell-duty").level(1, Trigger.atOnce())
            .notify(Recipient.person("duty-officer-orlova"), EscalationAction.Delivery.AT_ONCE).build())
        .rule(EscalationRule.builder("late-response").level(1, Trigger.clock(SlaClockKind.RESPONSE, 50))
            .notify(Recipient.person("head-of-service-volkov"), EscalationAction.Delivery.AT_ONCE).build())
        .build();
    Desk desk = Desk.builder().clock(clock).lifecycle(lifecycle()).directory(directory())
        .slaPolicies(slaPolicies()).escalationRules(rules).notifyPeople(true).build();
    List<String> staff = List.of("duty-officer-orlova", "head-of-service-volkov", "tell-duty", "late-response",
        "petrov", "smirnova", "kuznetsov", "head", "system");
    qt().withExamples(examples() / 2)
        .forAll(Generators.registrations(), lists().of(Generators.steps(lifecycle())).ofSizeBetween(1, maxSteps()))
        .checkAssert((registration, steps) -> {
          TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, registration);
          for (CommandStep step : steps) {
            clock.advance(Duration.ofMinutes(7));
            desk.runDueTimers();
            try {
              CommandStep.Attempt attempt = step.against(desk.ticket(Actor.SYSTEM, t.id()));
              desk.execute(attempt.actor(), attempt.command());
            } catch (DeskException refused) {
              // refusals are another property's
            }
            RequesterView view = desk.requesterView(Fixtures.HOSPITAL_REQUESTER, t.id());
            List<String> said = view.entries().stream().filter(e -> e instanceof RequesterEntry.Message)
                .map(e -> ((RequesterEntry.Message) e).text()).sorted().toList();
            List<String> publicMessages = desk.journal(Actor.SYSTEM, t.id()).stream()
                .filter(e -> e.change() instanceof TicketChange.Commented c && !c.internal())
                .map(e -> ((TicketChange.Commented) e.change()).text()).sorted().toList();
            assertEquals(publicMessages, said, () -> "the requester reads exactly the public messages after " + step);
            String read = view.toString();
            for (String name : staff) {
              assertFalse(read.matches("(?s).*\\b" + name + "\\b.*"), () -> name + " reached the requester after " + step
                  + ": " + read);
            }
            assertThrows(TicketNotFoundException.class, () -> desk.requesterView(Fixtures.BOILER_REQUESTER, t.id()),
                "another organisation's requester reads nothing, not even that the ticket exists");
          }
        });
  }

  private void runScenarios(StepCheck check) {
    FakeClock clock = FakeClock.at("2026-03-02T08:30:00+03:00");
    Desk desk = Desk.builder().clock(clock).lifecycle(lifecycle()).directory(directory())
        .slaPolicies(slaPolicies()).build();
    qt().withExamples(examples())
        .forAll(Generators.registrations(), lists().of(Generators.steps(lifecycle())).ofSizeBetween(1, maxSteps()))
        .checkAssert((registration, steps) -> runScenario(desk, clock, registration, steps, check));
  }

  private void runScenario(Desk desk, FakeClock clock, RegisterTicket registration, List<CommandStep> steps,
      StepCheck check) {
    Actor system = Actor.SYSTEM;
    TicketSnapshot ticket = desk.register(system, registration);
    for (CommandStep step : steps) {
      clock.advance(Duration.ofMinutes(7));
      desk.runDueTimers();
      ticket = desk.ticket(system, ticket.id());
      List<JournalEvent> journalBefore = desk.journal(system, ticket.id());
      DeskException refusal = null;
      try {
        CommandStep.Attempt attempt = step.against(ticket);
        desk.execute(attempt.actor(), attempt.command());
      } catch (DeskException e) {
        refusal = e;
      } catch (RuntimeException e) {
        fail(step + " threw " + e + " instead of a typed DeskException", e);
      }
      TicketSnapshot after = desk.ticket(system, ticket.id());
      check.check(ticket, journalBefore, after, desk.journal(system, ticket.id()), refusal, step);
      ticket = after;
    }
  }
}
