package dev.desk.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.h2.mvstore.MVStoreTool;

/**
 * Gives an embedded H2 file back the space of the pages its commits rewrote. H2 reclaims it only
 * in a background writer that desk's durable commits ({@code WRITE_DELAY 0}) turn off, and its
 * own compaction moves live pages within the file, which lost acknowledged commits when the
 * process was killed (desk's crash test). So this compacts the way H2's tool does offline: the
 * pool is paused (new transactions wait, the ones in flight finish), the database is shut down,
 * the live data is copied into a new file, the new file replaces the old with an atomic rename,
 * and the pool resumes with new connections. A process killed at any moment leaves the old file
 * or the new one, never a mix (tested by killing it).
 */
public final class H2Compaction {

  private H2Compaction() {}

  /**
   * Compacts the embedded file behind {@code pool}.
   *
   * @param quiet how long to wait for the transactions in flight to end
   * @return the file's size before and after, in bytes, or {@code null} when the pool's database
   *     is not an embedded H2 file
   * @throws IllegalStateException when transactions were still in flight after {@code quiet};
   *     nothing was changed
   */
  public static long[] run(HikariDataSource pool, Duration quiet) throws SQLException, IOException {
    String name;
    try (Connection c = pool.getConnection()) {
      name = H2File.name(c);
    }
    if (name == null) {
      return null;
    }
    HikariPoolMXBean connections = pool.getHikariPoolMXBean();
    connections.suspendPool(); // new transactions wait here; the pool makes no new connection meanwhile
    try {
      long deadline = System.nanoTime() + quiet.toNanos();
      while (connections.getActiveConnections() > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("transactions were still in flight after " + quiet
              + "; the H2 file was not compacted");
        }
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
      // the pool's own connections wait behind the pause: one of ours closes the database, whole
      try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      connections.softEvictConnections(); // they were to the database shut down: new ones on resume
      Path file = Path.of(name);
      long before = Files.size(file);
      MVStoreTool.compact(name, false); // into a new file, then an atomic rename over the old
      return new long[] {before, Files.size(file)};
    } finally {
      connections.resumePool();
    }
  }
}
