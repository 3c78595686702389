package dev.desk.jdbc;

import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.TicketStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The JDBC store on PostgreSQL passes the storage compatibility suite, each test in a fresh schema. */
final class PostgresStoreContractTest extends TicketStoreContract {

  private final String[] schema = new String[1];

  @Override
  protected TicketStore newStore() {
    return JdbcTicketStore.builder().url(TestDatabases.postgres(schema)).poolSize(4).build();
  }

  @AfterEach
  void dropSchema() {
    TestDatabases.dropPostgres(schema[0]);
  }
}
