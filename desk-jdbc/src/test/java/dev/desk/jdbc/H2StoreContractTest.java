package dev.desk.jdbc;

import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.TicketStoreContract;

/** The JDBC store on H2 passes the storage compatibility suite. */
final class H2StoreContractTest extends TicketStoreContract {

  @Override
  protected TicketStore newStore() {
    return JdbcTicketStore.builder().url(TestDatabases.h2()).build();
  }
}
