package dev.desk.core;

import dev.desk.core.command.RegisterTicket;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.numbering.TicketNumberFormat;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A desk of one clinic and one utility on a fixed clock, for desk-core's own tests. */
final class TestDesk {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final Instant NOW = Instant.parse("2026-02-10T07:00:00Z");
  static final Actor CLINIC_REQUESTER = Actor.requester("anna", "clinic");
  static final Actor WATER_REQUESTER = Actor.requester("oleg", "water");
  static final Actor AGENT = Actor.agent("pavel", "lis-l1");
  static final Actor OTHER_AGENT = Actor.agent("olga", "water-l1");
  static final Actor SUPERVISOR = Actor.supervisor("head");

  final InMemoryTicketStore store = new InMemoryTicketStore();
  final Desk desk;

  TestDesk() {
    this(Clock.fixed(NOW, MOSCOW));
  }

  TestDesk(Clock clock) {
    this(clock, true);
  }

  /** A desk that judges no urgency: registration writes one event, and versions count from 1. */
  static TestDesk withoutClassification() {
    return new TestDesk(Clock.fixed(NOW, MOSCOW), false);
  }

  private TestDesk(Clock clock, boolean classify) {
    Desk.Builder b = Desk.builder()
        .clock(clock)
        .store(store)
        .directory(directory())
        .numberFormat(TicketNumberFormat.of("VLG-{yyyy}-{seq:6}", MOSCOW));
    desk = (classify ? b : b.withoutClassification()).build();
  }

  static Directory directory() {
    return Directory.builder()
        .organisation(new Organisation("clinic", "Clinic No. 3", "CL-300", "clinic"))
        .organisation(new Organisation("water", "Vodokanal", "WT-100", "water-utility"))
        .category(new Category("lis", "Laboratory information system", "lis-l1", Urgency.PLANNED))
        .category(new Category("water", "Water supply", "water-l1", Urgency.URGENT))
        .build();
  }

  static RegisterTicket.Builder clinicTicket() {
    return RegisterTicket.builder()
        .organisation("clinic", "CL-300")
        .requester("Петрова Мария Сергеевна")
        .contact(ContactKind.EMAIL, "petrova@clinic.example")
        .category("lis")
        .description("Анализы не выгружаются в ЛИС\nс утра, у всего отделения");
  }
}
