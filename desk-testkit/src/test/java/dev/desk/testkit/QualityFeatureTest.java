package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.directory.Directory;
import dev.desk.core.quality.DelayExplained;
import dev.desk.core.quality.ExplainDelay;
import dev.desk.core.quality.RateService;
import dev.desk.core.quality.ServiceRated;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality feature through the facade: a breach asks the agent for a reason, the reason is
 * journaled from the centre's list; a resolution asks the requester for a mark, the mark is
 * journaled; what may not be is refused and writes nothing.
 */
final class QualityFeatureTest {

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final Desk desk = Desk.builder().clock(clock).store(store)
      .directory(Directory.builder().organisation(Fixtures.HOSPITAL).category(Fixtures.EMR)
          .delayReason("vendor", "Waiting for the vendor").delayReason("load", "Too many requests at once").build())
      .slaPolicies(SlaPolicies.of(new SlaPolicy("standard", null, null, null, List.of(
          SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(30), Calendars.ALWAYS)))))
      .withoutClassification().notifyPeople(true).build();

  private List<TicketChange> journal(TicketSnapshot t) {
    return desk.journal(Fixtures.SUPERVISOR, t.id()).stream().map(JournalEvent::change).toList();
  }

  private List<String> noticesPlanned(TicketSnapshot t) {
    return journal(t).stream().filter(TicketChange.NotificationPlanned.class::isInstance)
        .map(c -> ((TicketChange.NotificationPlanned) c).rule() + " " + ((TicketChange.NotificationPlanned) c)
            .resolvedTo()).toList();
  }

  @Test
  void aBreachAsksTheAgentWhyAndTheReasonIsJournaledFromTheList() {
    // in its group's queue, nobody assigned: the group is asked
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    TicketSnapshot assigned = t;
    ValidationException early = assertThrows(ValidationException.class, () -> desk.execute(Fixtures.EMR_AGENT,
        new ExplainDelay(assigned.id(), assigned.version(), SlaClockKind.RESPONSE, "vendor", null)));
    assertEquals(List.of("target"), early.violations().stream().map(Violation::path).toList(), "nothing breached");

    clock.advance(Duration.ofMinutes(31));
    desk.runDueTimers();
    assertTrue(noticesPlanned(t).contains("DELAY_REASON emr-l1"), noticesPlanned(t).toString());

    TicketSnapshot breached = desk.ticket(Fixtures.SUPERVISOR, t.id());
    ValidationException unknown = assertThrows(ValidationException.class, () -> desk.execute(Fixtures.EMR_AGENT,
        new ExplainDelay(breached.id(), breached.version(), SlaClockKind.RESPONSE, "weather", null)));
    assertEquals("reason weather is not on the list of reasons of delay: vendor, load",
        unknown.violations().get(0).message(java.util.Locale.ENGLISH));
    assertThrows(AccessDeniedException.class, () -> desk.execute(Fixtures.HOSPITAL_REQUESTER,
        new ExplainDelay(breached.id(), breached.version(), SlaClockKind.RESPONSE, "vendor", null)));
    desk.execute(Fixtures.EMR_AGENT, new ExplainDelay(breached.id(), breached.version(), SlaClockKind.RESPONSE,
        "vendor", "Ждём ответа поставщика"));
    assertEquals(new DelayExplained(SlaClockKind.RESPONSE, 1, "vendor", "Ждём ответа поставщика"),
        journal(t).get(journal(t).size() - 1));
  }

  @Test
  void aResolutionAsksTheRequesterForAMarkWhichOnlyTheyGive() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.EMAIL).build());
    TicketSnapshot open = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null,
        "petrov", null));
    ValidationException unresolved = assertThrows(ValidationException.class, () -> desk.execute(
        Fixtures.HOSPITAL_REQUESTER, new RateService(open.id(), open.version(), 5, null)));
    assertEquals(List.of("ticketId"), unresolved.violations().stream().map(Violation::path).toList());

    TicketSnapshot resolved = desk.execute(Fixtures.EMR_AGENT, new Resolve(open.id(), open.version(), "Готово"));
    assertTrue(noticesPlanned(t).contains("RESOLVED ivanova@gkb1.example"), "the resolution notice asks for the mark");
    assertThrows(AccessDeniedException.class, () -> desk.execute(Fixtures.EMR_AGENT,
        new RateService(resolved.id(), resolved.version(), 5, null)), "an agent marks no answer for the requester");
    ValidationException six = assertThrows(ValidationException.class, () -> desk.execute(
        Fixtures.HOSPITAL_REQUESTER, new RateService(resolved.id(), resolved.version(), 6, null)));
    assertEquals(List.of("score"), six.violations().stream().map(Violation::path).toList());

    desk.execute(Fixtures.HOSPITAL_REQUESTER, new RateService(resolved.id(), resolved.version(), 4, "Спасибо"));
    assertEquals(new ServiceRated(4, "Спасибо"), journal(t).get(journal(t).size() - 1));
  }
}
