package dev.desk.jdbc;

import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.TicketStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The JDBC store on MariaDB passes the storage compatibility suite, each test in a fresh database. */
final class MariadbStoreContractTest extends TicketStoreContract {

  private final String[] database = new String[1];

  @Override
  protected TicketStore newStore() {
    return JdbcTicketStore.builder().url(TestDatabases.mariadb(database)).poolSize(4).build();
  }

  @AfterEach
  void dropDatabase() {
    TestDatabases.dropMariadb(database[0]);
  }
}
