package dev.desk.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored JSON of an older desk still reads; events are stored under their kinds' stable names. */
final class JsonCodecTest {

  private final JsonCodec codec = new JsonCodec();

  @Test
  void aSnapshotStoredBeforeRequestersChoseMediaReadsAsNoChoice() {
    TicketSnapshot t = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(new InMemoryTicketStore())
        .directory(Fixtures.directory()).build().register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().build());
    String json = codec.write(t);
    assertTrue(json.contains("\"noticesBy\":[\"SMS\"]"), json);
    TicketSnapshot old = codec.snapshot(json.replace(",\"noticesBy\":[\"SMS\"]", ""));
    assertEquals(List.of(), old.requester().noticesBy());
    assertEquals(List.of(ContactKind.SMS), codec.snapshot(json).requester().noticesBy());
    assertEquals(t.requester().contacts(), old.requester().contacts());
  }

  /**
   * A snapshot keeps its instants and durations as numbers (quicker to read back), to the
   * nanosecond; one stored with ISO text, as desk wrote them before, reads the same.
   */
  @Test
  void aSnapshotsTimesAreNumbersAndOnesStoredAsTextStillRead() {
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00.123456789+03:00");
    TicketSnapshot t = Desk.builder().clock(clock).store(new InMemoryTicketStore())
        .slaPolicies(SlaClockFixtures.POLICIES).directory(Fixtures.directory()).build()
        .register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    String json = codec.write(t);
    assertTrue(json.contains("\"createdAt\":1773640800.123456789"), json);
    assertTrue(json.contains("\"target\":"), json);
    assertEquals(t, codec.snapshot(json));

    String asText = json.replace("\"createdAt\":1773640800.123456789", "\"createdAt\":\"2026-03-16T06:00:00.123456789Z\"")
        .replaceAll("\"target\":(\\d+)\\.0+", "\"target\":\"PT$1S\"");
    assertTrue(asText.contains("\"createdAt\":\"2026-") && asText.contains("\"target\":\"PT"), asText);
    assertEquals(t, codec.snapshot(asText));
  }

  private final TicketId id = TicketId.parse("0192d3a1-7c2e-7000-8000-000000000001");

  @Test
  void anEventCarriesItsStableKindAndVersionNotAJavaClass() {
    JournalEvent e = new JournalEvent(id, 2, Instant.parse("2026-03-02T06:00:00.123456789Z"), "petrov",
        ActorRole.AGENT, "по звонку", new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"));
    String json = codec.write(e);
    assertTrue(json.contains("\"@type\":\"ticket.status-changed\",\"@v\":1"), json);
    assertEquals(e, codec.event(json));
  }

  @Test
  void aJournalStoredWithSimpleClassNamesStillReads() {
    String old = "{\"ticketId\":{\"value\":\"0192d3a1-7c2e-7000-8000-000000000001\"},\"sequence\":2,"
        + "\"occurredAt\":\"2026-03-02T06:00:00Z\",\"actorId\":\"petrov\",\"actorRole\":\"AGENT\",\"reason\":null,"
        + "\"change\":{\"@type\":\"StatusChanged\",\"from\":\"NEW\",\"to\":\"ASSIGNED\",\"action\":\"ASSIGN\"}}";
    assertEquals(new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"), codec.event(old).change());
  }

  @Test
  void anEventWhoseKeysAJsonbColumnReorderedReadsTheSame() {
    // jsonb (schema 10 to 14) printed keys shortest first: the kind came after short fields
    String reordered = "{\"reason\":null,\"actorId\":\"petrov\",\"sequence\":2,\"actorRole\":\"AGENT\",\"occurredAt\":"
        + "\"2026-03-02T06:00:00Z\",\"ticketId\":{\"value\":\"0192d3a1-7c2e-7000-8000-000000000001\"},\"change\":"
        + "{\"@v\":1,\"to\":\"ASSIGNED\",\"from\":\"NEW\",\"@type\":\"ticket.status-changed\",\"action\":\"ASSIGN\"}}";
    JournalEvent read = codec.event(reordered);
    assertEquals(new TicketChange.StatusChanged("NEW", "ASSIGNED", "ASSIGN"), read.change());
    assertEquals(2, read.sequence());
    assertEquals(read, codec.event(codec.write(read)));
  }

  @Test
  void aTargetChangeOfVersionOneReadsAsKeepingItsCalendar() {
    String v1 = "{\"ticketId\":{\"value\":\"0192d3a1-7c2e-7000-8000-000000000001\"},\"sequence\":5,"
        + "\"occurredAt\":\"2026-03-02T06:00:00Z\",\"actorId\":\"petrov\",\"actorRole\":\"AGENT\",\"reason\":null,"
        + "\"change\":{\"@type\":\"sla.clock-target-changed\",\"@v\":1,\"kind\":\"RESPONSE\",\"policyId\":\"emergency\","
        + "\"target\":\"PT15M\",\"deadline\":\"2026-03-02T06:05:00Z\",\"nextDue\":\"2026-03-02T06:02:30Z\"}}";
    TicketChange.ClockTargetChanged read = (TicketChange.ClockTargetChanged) codec.event(v1).change();
    assertEquals(new TicketChange.ClockTargetChanged(SlaClockKind.RESPONSE, "emergency", Duration.ofMinutes(15),
        Instant.parse("2026-03-02T06:05:00Z"), Instant.parse("2026-03-02T06:02:30Z")), read);
    JournalEvent v2 = new JournalEvent(id, 5, Instant.parse("2026-03-02T06:00:00Z"), "petrov", ActorRole.AGENT, null,
        new TicketChange.ClockTargetChanged(SlaClockKind.RESPONSE, "emergency", Duration.ofMinutes(15), null, null,
            "24x7", Duration.ofMinutes(10)));
    assertTrue(codec.write(v2).contains("\"@type\":\"sla.clock-target-changed\",\"@v\":2"), codec.write(v2));
    assertEquals(v2, codec.event(codec.write(v2)));
  }

  @Test
  void anArticleLinkedBeforeRevisionsWereKeptReadsAsRevisionZeroWithoutATitle() {
    String v1 = "{\"@type\":\"ticket.article-linked\",\"@v\":1,\"articleId\":\"KB-17\"}";
    assertEquals(new TicketChange.KnowledgeArticleLinked("KB-17", 0, null), codec.change(v1));
    TicketChange now = new TicketChange.KnowledgeArticleLinked("emr-print", 2, "Принтер не печатает");
    assertEquals(now, codec.change(codec.write(now)));
  }

  @Test
  void aKindThisDeskDoesNotKnowIsKeptAsItWasStored() {
    String json = "{\"@type\":\"contracts.hours-used\",\"@v\":2,\"contract\":\"PP-7\",\"hours\":[1,2]}";
    TicketChange change = codec.change(json);
    assertEquals(new TicketChange.Unrecognised("contracts.hours-used", 2, "{\"contract\":\"PP-7\",\"hours\":[1,2]}"),
        change);
    assertEquals(json, codec.write(change), "written back as it was read");
  }
}
