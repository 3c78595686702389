package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text is checked once, at the edge: whatever text a caller sends (valid Unicode, astral
 * characters, NUL, half a surrogate pair, any field), it is stored exactly as acknowledged on every
 * store, or refused with a validation error naming the field; never a storage failure, never
 * altered. Queries get the same check.
 */
final class TextOnEveryStoreTest {

  /** Text as callers send it: pieces of every kind of trouble, strung together. */
  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(List.of("a", "Иванова", "é", "é", "😀", "𝔘", "\u0000", "\ud800", "\udfff",
            "\ud83d", "\u200b", "\ufeff", "\r\n", "\t", "'", "\\", "\"", "%", "ß", "İ", "\u0301", "日本"))
        .mix(strings().allPossible().ofLengthBetween(0, 3), 30);
    return integers().between(1, 12).flatMap(n -> Generate.constant(n)).zip(piece.describedAs(p -> p),
        (n, p) -> p).flatMap(first -> strings().allPossible().ofLengthBetween(0, 2).map(tail -> first + tail))
        .mix(piece, 50);
  }

  private static final List<String> FIELDS = List.of("subject", "description", "requester", "contact", "comment");

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void everyTextIsStoredExactlyOrRefusedAtTheEdge(String kind) {
    try (EveryStore databases = new EveryStore(kind)) {
      Supplier<TicketStore> stores = databases::open;
      TicketStore store = stores.get();
      Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
          .directory(Fixtures.directory()).build();
      TicketSnapshot commented = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      long[] version = {commented.version()};
      qt().withExamples(kind.equals("memory") ? 400 : 120).withShrinkCycles(50)
          .forAll(texts(), Generate.pick(FIELDS))
          .checkAssert((text, field) -> {
            String value = field.equals("description") || field.equals("comment") ? "Не работает " + text : text;
            if (field.equals("comment")) {
              TicketSnapshot after;
              try {
                after = desk.execute(Fixtures.SUPERVISOR, new AddComment(commented.id(), version[0], value, false));
              } catch (ValidationException refused) {
                assertEquals(version[0], desk.ticket(Fixtures.SUPERVISOR, commented.id()).version(), "nothing written");
                return;
              }
              version[0] = after.version();
              List<JournalEvent> journal = desk.journal(Fixtures.SUPERVISOR, commented.id());
              assertEquals(new TicketChange.Commented(value, false), journal.get(journal.size() - 1).change());
              return;
            }
            RegisterTicket.Builder b = Fixtures.hospitalTicket();
            switch (field) {
              case "subject" -> b.subject(value);
              case "description" -> b.description(value);
              case "requester" -> b.requester(value);
              default -> b.contact(ContactKind.EMAIL, value);
            }
            TicketSnapshot t;
            try {
              t = desk.register(Fixtures.SYSTEM, b.build());
            } catch (ValidationException refused) {
              return; // refused whole: nothing to compare
            }
            TicketSnapshot stored = store.find(t.id()).orElseThrow();
            assertEquals(t.subject(), stored.subject());
            assertEquals(t.description(), stored.description());
            assertEquals(t.requester(), stored.requester());
            switch (field) { // as sent, but for the outer blanks a field drops (and a blank subject, made from the text)
              case "subject" -> assertEquals(value.isBlank() ? t.subject() : value.strip(), stored.subject().strip());
              case "description" -> assertEquals(value.strip(), stored.description().strip());
              case "requester" -> assertEquals(value.strip(), stored.requester().fullName().strip());
              default -> assertEquals(value.strip(), stored.requester().contacts().get(1).value().strip());
            }
          });
      TicketStore again = kind.equals("memory") ? store : stores.get();
      assertEquals(store.journal(commented.id()), again.journal(commented.id()), "a new process reads the same");
      if (again != store) {
        again.close();
      }
      store.close();
    }
  }

  @Test
  void brokenTextIsRefusedNamingTheFieldBeforeAnythingIsDecided() {
    Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(new InMemoryTicketStore())
        .directory(Fixtures.directory()).build();
    ValidationException e = assertThrows(ValidationException.class, () -> desk.register(Fixtures.SYSTEM,
        Fixtures.hospitalTicket().description("Не работает \ud800 карта").requester("Ива\u0000нова").build()));
    assertEquals(List.of("description", "fullName"), e.violations().stream().map(v -> v.path()).toList());
    assertEquals("contains a broken character at character 13 (half of a UTF-16 surrogate pair)",
        e.violations().get(0).message());

    ValidationException actor = assertThrows(ValidationException.class, () -> desk.register(
        Actor.requester("x".repeat(10_000), Fixtures.HOSPITAL.id()), Fixtures.hospitalTicket().build()));
    assertEquals("an actor id is at most 200 characters, not 10000", actor.violations().get(0).message());

    ValidationException query = assertThrows(ValidationException.class, () -> desk.query(Fixtures.SUPERVISOR,
        TicketQuery.all().withOrganisation("gkb-\udc00")));
    assertEquals("query.organisationId", query.violations().get(0).path());
  }
}
