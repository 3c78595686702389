package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.desk.core.Desk;
import dev.desk.core.attachment.AttachmentPolicy;
import dev.desk.core.attachment.FileType;
import dev.desk.core.command.Assign;
import dev.desk.core.command.AttachFiles;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.Reject;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.StartWork;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Files come to a ticket after registration too, with a note, by its requester or staff. */
final class AttachFilesTest {

  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
      .directory(Fixtures.directory()).build();
  private static final FileOrigin BY_REQUESTER = FileOrigin.storedBy(Fixtures.HOSPITAL_REQUESTER.id());
  private final AttachmentRef scan = store.put("scan.pdf", "application/pdf", "%PDF-1.7".getBytes(), BY_REQUESTER);

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
    assertThrows(TicketNotFoundException.class, () -> desk.execute(Fixtures.BOILER_REQUESTER,
        new AttachFiles(t.id(), t.version(), List.of(scan), null)));
    assertThrows(ValidationException.class, () -> desk.execute(Fixtures.SUPERVISOR,
        new AttachFiles(t.id(), t.version(), List.of(), null)));
    TicketSnapshot rejected = desk.execute(Fixtures.SUPERVISOR,
        new Reject(t.id(), t.version(), RefusalReason.OUT_OF_COMPETENCE, "not ours"));
    assertThrows(IllegalTransitionException.class, () -> desk.execute(Fixtures.SUPERVISOR,
        new AttachFiles(t.id(), rejected.version(), List.of(scan), null)));
  }

  @Test
  void aReferenceMustNameStoredContentThatPassesTheRules() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    AttachmentRef invented = new AttachmentRef("no-such-id", "virus.exe", "image/png", 50L * 1024 * 1024);
    ValidationException unknown = assertThrows(ValidationException.class, () -> desk.register(
        Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().attachment(invented).build()));
    assertEquals("attachments[0]", unknown.violations().get(0).path());
    assertTrue(unknown.violations().get(0).message().startsWith("no stored file is virus.exe"), unknown.toString());

    AttachmentRef exe = store.put("virus.exe", "image/png", new byte[] {'M', 'Z', 0, 0}, BY_REQUESTER);
    AttachmentRef lied = new AttachmentRef(scan.id(), "scan.pdf", "application/pdf", 3);
    ValidationException refused = assertThrows(ValidationException.class, () -> desk.execute(Fixtures.SUPERVISOR,
        new AttachFiles(t.id(), t.version(), List.of(scan, exe, lied), null)));
    assertEquals(List.of("files[2]", "files[1]"), refused.violations().stream().map(Violation::path).toList());
    assertEquals("virus.exe is none of the kinds taken here, by its content: JPEG, PNG, PDF",
        refused.violations().get(1).message());
    assertEquals("virus.exe по содержимому не относится к принимаемым видам файлов: JPEG, PNG, PDF",
        refused.violations().get(1).message(Locale.forLanguageTag("ru")));
    assertEquals(t.version(), desk.ticket(Fixtures.SUPERVISOR, t.id()).version(), "nothing written, not even the scan");
  }

  @Test
  void aSpecialistWhoAsksForAScreenRecordingWidensWhatTheTicketTakes() {
    byte[] video = new byte[64];
    System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'}, 0, video, 0, 8);
    AttachmentRef recording = store.put("screen.mp4", "video/mp4", video, BY_REQUESTER);
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    t = desk.execute(Fixtures.SUPERVISOR, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.SUPERVISOR, new StartWork(t.id(), t.version()));
    TicketSnapshot working = t;
    ValidationException refused = assertThrows(ValidationException.class, () -> desk.execute(
        Fixtures.HOSPITAL_REQUESTER, new AttachFiles(working.id(), working.version(), List.of(recording), null)));
    assertEquals("screen.mp4 is none of the kinds taken here, by its content: JPEG, PNG, PDF",
        refused.violations().get(0).message());

    t = desk.execute(Fixtures.SUPERVISOR, new RequestInformation(t.id(), t.version(),
        "Запишите, пожалуйста, экран в момент ошибки", List.of(FileType.MP4, FileType.WEBM)));
    t = desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(t.id(), t.version(), "Запись во вложении",
        List.of(recording)));

    assertEquals(List.of(recording), t.attachments());
    assertTrue(desk.requesterView(Fixtures.HOSPITAL_REQUESTER, t.id()).entries().contains(
        new RequesterEntry.FilesWanted(FakeClock.at("2026-03-16T09:00:00+03:00").instant(), List.of("MP4", "WEBM"))));
  }

  @Test
  void noFileReachesATicketWithoutPassingTheRulesOnAnyPath() {
    byte[][] heads = {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'%', 'P', 'D', 'F', '-'}, {'M', 'Z'}, {}};
    qt().withExamples(40).forAll(integers().between(0, heads.length - 1), integers().between(0, 3 * 1024 * 1024 + 64),
            integers().between(0, 2))
        .checkAssert((head, size, path) -> {
          byte[] content = new byte[Math.max(size, heads[head].length)];
          System.arraycopy(heads[head], 0, content, 0, heads[head].length);
          AttachmentRef file = store.put("file-" + size, "application/octet-stream", content, BY_REQUESTER);
          boolean allowed = AttachmentPolicy.contactCentre().judge(file.fileName(), content).accepted();
          TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
          Runnable attach = switch (path) {
            case 0 -> () -> desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().attachment(file)
                .build());
            case 1 -> () -> desk.execute(Fixtures.HOSPITAL_REQUESTER, new AttachFiles(t.id(), t.version(),
                List.of(file), null));
            default -> () -> {
              TicketSnapshot asked = desk.execute(Fixtures.SUPERVISOR, new Assign(t.id(), t.version(), "emr-l1", null,
                  "petrov", null));
              asked = desk.execute(Fixtures.SUPERVISOR, new StartWork(t.id(), asked.version()));
              asked = desk.execute(Fixtures.SUPERVISOR, new RequestInformation(t.id(), asked.version(), "A scan?"));
              desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(t.id(), asked.version(), "Here",
                  List.of(file)));
            };
          };
          if (allowed) {
            attach.run();
          } else {
            assertThrows(ValidationException.class, attach::run);
          }
          long withFile = store.query(new TicketQuery(null, Set.of(), null, Set.of(), false, 0, TicketQuery.MAX_LIMIT)).stream()
              .filter(x -> x.attachments().contains(file)).count();
          assertEquals(allowed ? 1 : 0, withFile, () -> "content " + head + " of " + size + " bytes by path " + path);
        });
  }

  @Test
  void aTicketTypeMayTakeTheRecordingsAndLogsItsSpecialistsAskFor() {
    Desk recordings = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
        .directory(Fixtures.directory())
        .attachments(TicketType.WORK_REQUEST, AttachmentPolicy.of(50L * 1024 * 1024, 5, FileType.JPEG, FileType.PNG,
            FileType.PDF, FileType.MP4, FileType.ZIP, FileType.TEXT)).build();
    AttachmentRef video = store.put("экран.mp4", "video/mp4", new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p',
        '4', '2'}, BY_REQUESTER);
    AttachmentRef log = store.put("lis.log", "text/plain", "2026-03-16 09:00 ERROR обмен с анализатором\n".getBytes(
        java.nio.charset.StandardCharsets.UTF_8), BY_REQUESTER);
    TicketSnapshot work = recordings.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .type(TicketType.WORK_REQUEST).build());
    TicketSnapshot incident = recordings.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());

    work = recordings.execute(Fixtures.HOSPITAL_REQUESTER, new AttachFiles(work.id(), work.version(),
        List.of(video, log), null));
    assertEquals(List.of(video, log), work.attachments());
    TicketSnapshot i = incident;
    ValidationException refused = assertThrows(ValidationException.class, () -> recordings.execute(
        Fixtures.HOSPITAL_REQUESTER, new AttachFiles(i.id(), i.version(), List.of(video), null)));
    assertTrue(refused.violations().get(0).message().endsWith("JPEG, PNG, PDF"), refused.toString());
  }

  @Test
  void aFileJoinsATicketOnlyForWhoStoredItOrMayReadTheTicketItWasStoredFor() {
    TicketSnapshot own = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().attachment(scan).build());
    AttachmentRef missing = new AttachmentRef("no-such-id", scan.fileName(), scan.mediaType(), scan.size());
    String notStored = assertThrows(ValidationException.class, () -> desk.register(Fixtures.BOILER_REQUESTER,
        boilerTicket().attachment(missing).build())).violations().get(0).message();
    // another organisation's requester who learned the id: refused as a file that does not exist
    TicketSnapshot theirs = desk.register(Fixtures.BOILER_REQUESTER, boilerTicket().build());
    ValidationException taken = assertThrows(ValidationException.class, () -> desk.register(Fixtures.BOILER_REQUESTER,
        boilerTicket().attachment(scan).build()));
    assertEquals(notStored.replace("no-such-id", scan.id()), taken.violations().get(0).message());
    assertThrows(ValidationException.class, () -> desk.execute(Fixtures.BOILER_REQUESTER,
        new AttachFiles(theirs.id(), theirs.version(), List.of(scan), null)));
    // a colleague of the same organisation did not store it either
    Actor colleague = Actor.requester("kozlova", Fixtures.HOSPITAL.id());
    assertThrows(ValidationException.class, () -> desk.register(colleague,
        Fixtures.hospitalTicket().attachment(scan).build()));

    // a picture stored for a ticket: whoever may read that ticket may put it on another
    AttachmentRef picture = store.put("screen.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
        0x1A, '\n', 0, 0}, FileOrigin.forTicket(Fixtures.HOSPITAL_REQUESTER.id(), own.id()));
    TicketSnapshot routed = desk.execute(Fixtures.SUPERVISOR, new Assign(own.id(), own.version(), "emr-l1", null,
        "petrov", null));
    TicketSnapshot linked = desk.register(Fixtures.EMR_AGENT, Fixtures.hospitalTicket().attachment(picture).build());
    assertEquals(List.of(picture), linked.attachments());
    assertThrows(ValidationException.class, () -> desk.register(Fixtures.HEAT_AGENT,
        Fixtures.hospitalTicket().attachment(picture).build()), "an agent of another group may not read it");
    assertEquals(List.of(scan), routed.attachments());
    assertEquals(1, desk.query(Fixtures.SUPERVISOR, TicketQuery.all()).stream()
        .filter(x -> x.attachments().contains(scan)).count(), "nothing refused was written");
  }

  @Test
  void aFileWhoseOriginTheStoreDoesNotKnowIsForSupervisorsAndTheSystemOnly() {
    AttachmentStore forgetful = new AttachmentStore() { // files kept before stores kept their origin
      @Override public AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin) {
        return store.put(fileName, mediaType, content, origin);
      }
      @Override public Optional<AttachmentRef> describe(String id) { return store.describe(id); }
      @Override public Optional<FileOrigin> origin(String id) { return Optional.empty(); }
      @Override public Optional<byte[]> content(String id) { return store.content(id); }
      @Override public void remove(String id) { store.remove(id); }
    };
    Desk old = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
        .attachments(forgetful, AttachmentPolicy.contactCentre()).directory(Fixtures.directory()).build();
    assertThrows(ValidationException.class, () -> old.register(Fixtures.HOSPITAL_REQUESTER,
        Fixtures.hospitalTicket().attachment(scan).build()));
    assertThrows(ValidationException.class, () -> old.register(Fixtures.EMR_AGENT,
        Fixtures.hospitalTicket().attachment(scan).build()));
    assertEquals(List.of(scan), old.register(Fixtures.SUPERVISOR, Fixtures.hospitalTicket().attachment(scan).build())
        .attachments());
  }

  private static RegisterTicket.Builder boilerTicket() {
    return Fixtures.hospitalTicket().organisation(Fixtures.BOILER_HOUSE.id(), Fixtures.BOILER_HOUSE.supportCode())
        .requester("Сидоров Пётр Ильич").category(Fixtures.HEATING.id()).description("Нет давления в контуре");
  }
}
