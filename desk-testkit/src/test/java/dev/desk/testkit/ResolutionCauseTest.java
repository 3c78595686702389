package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.directory.Directory;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A resolution names the defect's cause from the centre's list (001: defect accounting), or none. */
final class ResolutionCauseTest {

  private static Desk desk(Directory directory) {
    return Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(new InMemoryTicketStore())
        .directory(directory).build();
  }

  private static Directory withCauses() {
    return Directory.builder().organisation(Fixtures.HOSPITAL).category(Fixtures.EMR)
        .cause("driver", "Printer driver").cause("certificate", "Signature certificate").build();
  }

  private static TicketSnapshot assigned(Desk desk) {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    return desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
  }

  @Test
  void aCauseOfTheListIsJournaledWithTheResolution() {
    Desk desk = desk(withCauses());
    TicketSnapshot t = assigned(desk);
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен драйвер", "driver"));
    assertEquals(new TicketChange.Resolved("Переустановлен драйвер", "driver"), desk.journal(Fixtures.SUPERVISOR,
        t.id()).stream().map(JournalEvent::change).filter(TicketChange.Resolved.class::isInstance).findFirst()
        .orElseThrow());
  }

  @Test
  void aCauseOffTheListIsRefusedNamingTheListAndNothingIsJournaled() {
    Desk desk = desk(withCauses());
    TicketSnapshot t = assigned(desk);
    ValidationException bad = assertThrows(ValidationException.class,
        () -> desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Готово", "weather")));
    assertEquals("cause weather is not on the list of causes: driver, certificate",
        bad.violations().get(0).message(Locale.ENGLISH));
    assertEquals(t.version(), desk.ticket(Fixtures.SUPERVISOR, t.id()).version());

    Desk none = desk(Fixtures.directory());
    TicketSnapshot u = assigned(none);
    assertThrows(ValidationException.class,
        () -> none.execute(Fixtures.EMR_AGENT, new Resolve(u.id(), u.version(), "Готово", "driver")),
        "a centre with no list takes no cause");
  }
}
