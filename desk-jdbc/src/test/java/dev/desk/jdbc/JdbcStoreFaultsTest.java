package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import dev.desk.core.Desk;
import dev.desk.core.DeskModule;
import dev.desk.core.directory.Directory;
import dev.desk.core.plugin.PluginRegistry;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JdbcStoreFaultsTest {

  @Test
  void anUnreachableDatabaseIsNamedWithoutItsPassword() {
    DeskException e = assertThrows(DeskException.class, () -> JdbcTicketStore.builder()
        .url("jdbc:postgresql://127.0.0.1:1/nowhere?user=desk&password=s3cret&connectTimeout=1").build());

    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    assertTrue(e.getMessage().startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere?user=desk&password=***"),
        e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"));
  }

  @Test
  void aSchemaNewerThanTheCodeIsRefusedAtStart() throws Exception {
    String url = TestDatabases.h2();
    JdbcTicketStore.builder().url(url).build().close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("INSERT INTO \"desk_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
          + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
          + " SELECT MAX(\"installed_rank\") + 1, '999', 'from a newer desk', 'SQL', 'V999__newer.sql', 0, 'sa',"
          + " CURRENT_TIMESTAMP, 1, TRUE FROM \"desk_schema_history\"");
    }

    DeskException e = assertThrows(DeskException.class, () -> JdbcTicketStore.builder().url(url).migrate(false).build());
    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    assertTrue(e.getMessage().contains("does not fit this version of desk") && e.getMessage().contains("999"), e.getMessage());
  }

  @Test
  void checkOnlyModeRefusesAnEmptyDatabase() {
    DeskException e = assertThrows(DeskException.class,
        () -> JdbcTicketStore.builder().url(TestDatabases.h2()).migrate(false).build());
    assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
  }

  @Test
  void discoveryOffersTheJdbcStoreKind() {
    PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
    assertTrue(registry.storeKinds().contains("jdbc"), registry.storeKinds().toString());
    try (TicketStore store = registry.createStore("jdbc", Map.of("url", TestDatabases.h2(), "poolSize", "2"))) {
      assertTrue(store instanceof JdbcTicketStore);
    }
    assertThrows(DeskException.class, () -> registry.createStore("jdbc", Map.of("url", "x", "colour", "red")));
  }

  @Test
  void guiceWiresADeskOnTheJdbcStore() {
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(TestDatabases.h2()).build()) {
      Desk desk = Guice.createInjector(new DeskModule(), new JdbcStorageModule(store), new AbstractModule() {
        @Override
        protected void configure() {
          bind(Directory.class).toInstance(Fixtures.directory());
        }
      }).getInstance(Desk.class);

      var ticket = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      assertEquals(ticket, store.find(ticket.id()).orElseThrow());
    }
  }
}
