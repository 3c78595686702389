package dev.desk.jdbc;

import dev.desk.spi.knowledge.KnowledgeStore;
import dev.desk.testkit.KnowledgeStoreContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The JDBC knowledge store passes the knowledge store compatibility suite on H2, PostgreSQL and MariaDB. */
final class KnowledgeStoreOnEveryDatabaseTest {

  private final List<JdbcTicketStore> opened = new ArrayList<>();
  private final List<String> schemas = new ArrayList<>();
  private final List<String> databases = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(JdbcTicketStore::close);
    schemas.forEach(TestDatabases::dropPostgres);
    databases.forEach(TestDatabases::dropMariadb);
  }

  private KnowledgeStore open(String url) {
    JdbcTicketStore store = JdbcTicketStore.builder().url(url).poolSize(6).build();
    opened.add(store);
    return store.knowledge();
  }

  @Nested
  final class OnH2 extends KnowledgeStoreContract {
    @Override
    protected KnowledgeStore newStore() {
      return open(TestDatabases.h2());
    }
  }

  @Nested
  final class OnPostgresql extends KnowledgeStoreContract {
    @Override
    protected KnowledgeStore newStore() {
      return open(TestDatabases.postgres(schemas));
    }
  }

  @Nested
  final class OnMariadb extends KnowledgeStoreContract {
    @Override
    protected KnowledgeStore newStore() {
      return open(TestDatabases.mariadb(databases));
    }
  }
}
