package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.journal.TicketFold;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection is lost in the middle of a command: a typed error, nothing half-written, and the retry works. */
final class LostConnectionTest {

  private final String[] schema = new String[1];

  @AfterEach
  void dropSchema() {
    TestDatabases.dropPostgres(schema[0]);
  }

  @Test
  void onH2() {
    loseTheConnectionMidCommand(TestDatabases.h2());
  }

  @Test
  void onPostgres() {
    loseTheConnectionMidCommand(TestDatabases.postgres(schema));
  }

  private void loseTheConnectionMidCommand(String url) {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      CuttableDataSource network = new CuttableDataSource(pool);
      JdbcTicketStore store = JdbcTicketStore.builder().dataSource(network).build();
      Desk desk = Desk.builder().store(store).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES).build();
      TicketSnapshot ticket = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      Assign assign = new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null);

      network.cut.set(true);
      DeskException lost = assertThrows(DeskException.class, () -> desk.execute(Fixtures.EMR_AGENT, assign));
      DeskException lostRegistration = assertThrows(DeskException.class,
          () -> desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build()));
      network.cut.set(false);

      assertEquals(ErrorCode.STORAGE_FAILURE, lost.code());
      assertEquals(ErrorCode.STORAGE_FAILURE, lostRegistration.code());
      assertTrue(lost.getMessage().contains("connection lost"), lost.getMessage());
      TicketSnapshot stored = desk.ticket(Fixtures.SUPERVISOR, ticket.id());
      assertEquals(ticket, stored, "nothing of the lost command was written");
      assertEquals(ticket.version(), desk.journal(Fixtures.SUPERVISOR, ticket.id()).size());
      assertEquals(1, desk.query(Fixtures.SUPERVISOR, TicketQuery.all()).size(), "no half-registered ticket");

      TicketSnapshot retried = desk.execute(Fixtures.EMR_AGENT, assign);
      assertEquals("ASSIGNED", retried.status());
      assertEquals(retried, TicketFold.replay(desk.journal(Fixtures.SUPERVISOR, ticket.id())));
    }
  }
}
