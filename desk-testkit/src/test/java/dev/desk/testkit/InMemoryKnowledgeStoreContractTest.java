package dev.desk.testkit;

import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.knowledge.KnowledgeStore;

/** The in-memory knowledge store passes the knowledge store compatibility suite. */
final class InMemoryKnowledgeStoreContractTest extends KnowledgeStoreContract {

  @Override
  protected KnowledgeStore newStore() {
    return new InMemoryKnowledgeStore();
  }
}
