package dev.desk.jdbc;

import org.junit.jupiter.api.AfterEach;

/** Four nodes on one MariaDB database. */
final class MariadbMultiNodeTest extends MultiNodeContract {

  private final String[] database = new String[1];

  @Override
  protected String freshDatabase() {
    return TestDatabases.mariadb(database);
  }

  @AfterEach
  void dropDatabase() {
    TestDatabases.dropMariadb(database[0]);
  }
}
