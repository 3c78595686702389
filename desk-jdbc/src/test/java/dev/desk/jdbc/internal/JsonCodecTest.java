package dev.desk.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored JSON of an older desk still reads. */
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
}
