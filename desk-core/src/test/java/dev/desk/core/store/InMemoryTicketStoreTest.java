package dev.desk.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.journal.TicketFold;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class InMemoryTicketStoreTest {

  private static final Instant T0 = Instant.parse("2026-01-12T06:00:00Z");
  private final InMemoryTicketStore store = new InMemoryTicketStore();

  private static JournalEvent registered(TicketId id, String number, String org) {
    return new JournalEvent(id, 1, T0, "system", ActorRole.SYSTEM, null, new TicketChange.Registered(number,
        TicketType.INCIDENT, org, "CODE", new Requester(null, "A. B.", List.of()), Channel.PORTAL, "c",
        Urgency.PLANNED, "s", "d", null, List.of(), "g1", SupportLine.L1, null, "NEW"));
  }

  private static TicketSnapshot snapshot(JournalEvent e) {
    return TicketFold.apply(null, e);
  }

  private TicketSnapshot create(String number, String org) {
    JournalEvent e = registered(TicketId.random(), number, org);
    store.commit(new TicketCommit(snapshot(e), 0, List.of(e)));
    return snapshot(e);
  }

  @Test
  void appendsAtTheExpectedVersionOnly() {
    TicketSnapshot t = create("N-1", "o1");
    JournalEvent assign = new JournalEvent(t.id(), 2, T0, "p", ActorRole.AGENT, null,
        new TicketChange.Assigned("g1", SupportLine.L1, "p"));
    TicketSnapshot after = TicketFold.apply(t, assign);

    store.commit(new TicketCommit(after, 1, List.of(assign)));
    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(after, 1, List.of(assign))));

    assertEquals(after, store.find(t.id()).orElseThrow());
    assertEquals(2, store.journal(t.id()).size());
  }

  @Test
  void aNumberOrIdIsTakenOnce() {
    TicketSnapshot first = create("N-1", "o1");
    JournalEvent sameNumber = registered(TicketId.random(), "N-1", "o1");
    JournalEvent sameId = registered(first.id(), "N-2", "o1");

    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(snapshot(sameNumber), 0, List.of(sameNumber))));
    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(snapshot(sameId), 0, List.of(sameId))));
    assertTrue(store.findByNumber("N-2").isEmpty(), "a refused commit leaves no number behind");
    assertEquals(1, store.size());
  }

  @Test
  void queriesFilterAndPage() {
    create("N-1", "o1");
    create("N-2", "o2");
    create("N-3", "o1");

    assertEquals(List.of("N-1", "N-3"), numbers(TicketQuery.all().withOrganisation("o1")));
    assertEquals(List.of("N-2"), numbers(TicketQuery.all().withPage(1, 1)));
    assertEquals(List.of(), numbers(TicketQuery.all().withStatuses(Set.of("CLOSED"))));
    assertEquals(3, numbers(TicketQuery.all().withGroups(Set.of("g1"))).size());
    assertEquals(List.of(), numbers(TicketQuery.all().withAssignee("nobody")));
    assertEquals(List.of(), store.journal(TicketId.random()));
  }

  @Test
  void seriesCountFromOneEach() {
    assertEquals(1, store.nextInSeries("A"));
    assertEquals(2, store.nextInSeries("A"));
    assertEquals(1, store.nextInSeries("B"));
  }

  private List<String> numbers(TicketQuery q) {
    return store.query(q).stream().map(TicketSnapshot::number).toList();
  }
}
