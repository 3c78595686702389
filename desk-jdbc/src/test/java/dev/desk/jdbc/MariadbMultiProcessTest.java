package dev.desk.jdbc;

import org.junit.jupiter.api.AfterEach;

/** Four processes on one MariaDB database. */
final class MariadbMultiProcessTest extends MultiProcessContract {

  private final String[] database = new String[1];

  @Override
  protected String freshDatabase() {
    return TestDatabases.mariadb(database);
  }

  @AfterEach
  void drop() {
    TestDatabases.dropMariadb(database[0]);
  }
}
