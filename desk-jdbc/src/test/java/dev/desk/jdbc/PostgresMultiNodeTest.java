package dev.desk.jdbc;

import org.junit.jupiter.api.AfterEach;

/** Four nodes on one PostgreSQL schema. */
final class PostgresMultiNodeTest extends MultiNodeContract {

  private final String[] schema = new String[1];

  @Override
  protected String freshDatabase() {
    return TestDatabases.postgres(schema);
  }

  @AfterEach
  void dropSchema() {
    TestDatabases.dropPostgres(schema[0]);
  }
}
