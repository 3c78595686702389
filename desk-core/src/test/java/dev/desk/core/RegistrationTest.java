package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.command.RegisterTicket;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class RegistrationTest {

  private final TestDesk t = new TestDesk();

  @Test
  void registersWithNumberFirstLineGroupAndJournal() {
    TicketSnapshot ticket = t.desk.register(TestDesk.CLINIC_REQUESTER, TestDesk.clinicTicket().build());

    assertEquals("VLG-2026-000001", ticket.number());
    assertEquals("NEW", ticket.status());
    assertEquals("lis-l1", ticket.group());
    assertEquals(SupportLine.L1, ticket.line());
    assertEquals(Urgency.URGENT, ticket.urgency(), "judged from \"не выгружаются\"");
    assertEquals("Анализы не выгружаются в ЛИС", ticket.subject(), "subject from the first line");
    assertEquals(2, ticket.version());
    assertEquals(TestDesk.NOW, ticket.createdAt());
    var journal = t.desk.journal(TestDesk.SUPERVISOR, ticket.id());
    assertEquals(2, journal.size());
    assertTrue(journal.get(0).change() instanceof TicketChange.Registered);
    var judged = (TicketChange.UrgencyClassified) journal.get(1).change();
    assertTrue(judged.applied());
    assertEquals(Urgency.URGENT, judged.result().urgency());
    assertEquals("failure", judged.result().reasons().get(0).rule());
    assertEquals("anna", journal.get(0).actorId());
    assertEquals("VLG-2026-000002",
        t.desk.register(TestDesk.SUPERVISOR, TestDesk.clinicTicket().build()).number());
  }

  @Test
  void missingFactsAreAllListedAtOnceInEnglishAndRussian() {
    RegisterTicket empty = RegisterTicket.builder().organisation(" ", "").requester("").description(null).build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, empty));

    assertEquals(List.of("category", "description", "fullName", "organisationId", "supportCode"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals("must not be blank", e.violations().get(0).message());
    assertTrue(e.violations().get(0).message(Locale.forLanguageTag("ru")).contains("пуст"), e.violations().get(0).message(Locale.forLanguageTag("ru")));
    assertTrue(e.describe(Locale.forLanguageTag("ru")).startsWith("Ошибки во входных данных (5)"));
    assertEquals(0, t.store.size(), "nothing written");
  }

  @Test
  void unknownSupportCodeAndUnknownCategoryAreNamed() {
    RegisterTicket command = TestDesk.clinicTicket().organisation("clinic", "NO-SUCH").category("radiology").build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, command));

    assertEquals(List.of(
            "category: no category radiology is known",
            "supportCode: no organisation has support code NO-SUCH"),
        e.violations().stream().map(Violation::toString).toList());
    assertEquals("категория radiology неизвестна", e.violations().get(0).message(Locale.forLanguageTag("ru")));
    assertEquals(0, t.store.size());
  }

  @Test
  void aHostAddsALanguageWithBundlesAlone() {
    // the test classpath carries messages_kk.properties for one of desk's messages and for the heading
    RegisterTicket command = TestDesk.clinicTicket().organisation("clinic", "NO-SUCH").category("radiology").build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, command));

    assertEquals("Енгізілген деректердегі қателер (2): category: radiology санаты белгісіз; "
        + "supportCode: no organisation has support code NO-SUCH", e.describe(Locale.forLanguageTag("kk")));
  }

  @Test
  void supportCodeOfAnotherOrganisationIsRefused() {
    RegisterTicket command = TestDesk.clinicTicket().organisation("clinic", "WT-100").build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, command));

    assertEquals("supportCode: support code WT-100 belongs to another organisation, not to clinic",
        e.violations().get(0).toString());
  }

  @Test
  void unknownOrganisationIsRefused() {
    RegisterTicket command = TestDesk.clinicTicket().organisation("nowhere", "CL-300").build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, command));

    assertEquals("organisationId", e.violations().get(0).path());
  }

  @Test
  void oversizedTextIsRefused() {
    String huge = "x".repeat(65_537);
    RegisterTicket command = TestDesk.clinicTicket().description(huge).subject(huge).build();

    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, command));

    assertEquals(List.of("description: size must be between 0 and 65536", "subject: size must be between 0 and 500"),
        e.violations().stream().map(Violation::toString).toList());
    assertEquals(0, t.store.size());
  }

  @Test
  void nullCommandIsAViolationNotANullPointer() {
    ValidationException e = assertThrows(ValidationException.class, () -> t.desk.register(TestDesk.SUPERVISOR, null));
    assertEquals("a command is required", e.violations().get(0).message());
  }

  @Test
  void requesterRegistersOnlyForTheirOwnOrganisation() {
    RegisterTicket command = TestDesk.clinicTicket().build();

    assertThrows(AccessDeniedException.class, () -> t.desk.register(TestDesk.WATER_REQUESTER, command));
    assertEquals(0, t.store.size());
  }

  @Test
  void optionalFactsAreKeptAndBlankOnesDropped() {
    TicketSnapshot ticket = t.desk.register(Actor.SYSTEM, TestDesk.clinicTicket()
        .subject("  ЛИС  ").stepsToReproduce("   ").serviceContract("SC-2026-17").urgency(Urgency.URGENT).build());

    assertEquals("ЛИС", ticket.subject());
    assertNull(ticket.stepsToReproduce());
    assertEquals("SC-2026-17", ticket.serviceContract());
    assertEquals(Urgency.URGENT, ticket.urgency());
    assertEquals(1, t.desk.query(TestDesk.CLINIC_REQUESTER, TicketQuery.all()).size());
    assertEquals(0, t.desk.query(TestDesk.WATER_REQUESTER, TicketQuery.all()).size());
  }
}
