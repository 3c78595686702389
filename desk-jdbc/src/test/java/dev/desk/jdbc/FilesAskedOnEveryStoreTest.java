package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.attachment.FileType;
import dev.desk.core.attachment.FilesAsked;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.StartWork;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds of file a specialist asked for are kept by every store and read back typed by a new process. */
final class FilesAskedOnEveryStoreTest {

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void aRequestForScreenRecordingsIsKeptTyped(String kind) {
    try (EveryStore databases = new EveryStore(kind)) {
      TicketStore store = databases.open();
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
      t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
      t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "Запишите экран",
          List.of(FileType.MP4, FileType.WEBM)));

      TicketStore again = databases.inMemory() ? store : databases.open();
      Desk reader = Desk.builder().store(again).directory(Fixtures.directory()).build(); // knows the kind
      List<JournalEvent> journal = reader.journal(Fixtures.SUPERVISOR, t.id());
      assertEquals(List.of(new FilesAsked(List.of(FileType.MP4, FileType.WEBM))), journal.stream()
          .filter(e -> e.kind().equals("attachment.files-asked")).map(JournalEvent::change).toList());
      if (again != store) {
        again.close();
      }
      store.close();
    }
  }
}
