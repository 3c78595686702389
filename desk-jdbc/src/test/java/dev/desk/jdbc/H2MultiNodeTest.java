package dev.desk.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four desks in one JVM on one H2 file: H2 claims by picking rows and then locking them by key,
 * so this proves that path takes each due timer and each notification once, as the servers do.
 */
final class H2MultiNodeTest extends MultiNodeContract {

  @TempDir
  Path dir;

  @Override
  protected String freshDatabase() {
    return "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath();
  }

  @Override
  protected boolean sweepsAtOnceTakeTheirOwnTickets() {
    return false;
  }
}
