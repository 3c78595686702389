package dev.desk.jdbc;

import org.junit.jupiter.api.AfterEach;

/** Four processes on one PostgreSQL schema. */
final class PostgresMultiProcessTest extends MultiProcessContract {

  private final String[] schema = new String[1];

  @Override
  protected String freshDatabase() {
    return TestDatabases.postgres(schema);
  }

  @AfterEach
  void drop() {
    TestDatabases.dropPostgres(schema[0]);
  }
}
