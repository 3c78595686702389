package dev.desk.testkit;

import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.storage.TicketStore;

/** The in-memory store passes the storage compatibility suite. */
final class InMemoryStoreContractTest extends TicketStoreContract {

  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore();
  }
}
