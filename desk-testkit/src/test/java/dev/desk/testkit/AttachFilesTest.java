package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.command.AttachFiles;
import dev.desk.core.command.Reject;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files come to a ticket after registration too, with a note, by its requester or staff. */
final class AttachFilesTest {

  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
      .directory(Fixtures.directory()).build();
  private final AttachmentRef scan = store.put("scan.pdf", "application/pdf", "%PDF-1.7".getBytes());

  @Test
  void theRequesterAttachesWithANoteAndBothAreJournaled() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    TicketSnapshot after = desk.execute(Fixtures.HOSPITAL_REQUESTER,
        new AttachFiles(t.id(), t.version(), List.of(scan), "Скан ошибки"));
    assertEquals(List.of(scan), after.attachments());
    var journal = desk.journal(Fixtures.SUPERVISOR, t.id());
    assertEquals(new TicketChange.FilesAttached(List.of(scan)), journal.get(journal.size() - 2).change());
    assertEquals(new TicketChange.Commented("Скан ошибки", false), journal.get(journal.size() - 1).change());
  }

  @Test
  void anotherOrganisationAClosedTicketAndNoFilesAreRefused() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    assertThrows(AccessDeniedException.class, () -> desk.execute(Fixtures.BOILER_REQUESTER,
        new AttachFiles(t.id(), t.version(), List.of(scan), null)));
    assertThrows(ValidationException.class, () -> desk.execute(Fixtures.SUPERVISOR,
        new AttachFiles(t.id(), t.version(), List.of(), null)));
    TicketSnapshot rejected = desk.execute(Fixtures.SUPERVISOR,
        new Reject(t.id(), t.version(), RefusalReason.OUT_OF_COMPETENCE, "not ours"));
    assertThrows(IllegalTransitionException.class, () -> desk.execute(Fixtures.SUPERVISOR,
        new AttachFiles(t.id(), rejected.version(), List.of(scan), null)));
  }
}
