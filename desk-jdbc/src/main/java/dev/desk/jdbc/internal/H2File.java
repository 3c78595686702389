package dev.desk.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;

/**
 * The file of an embedded H2 database, reached through a connection to it: what H2 offers no
 * SQL for. Only for embedded files; a server's session or an in-memory database has none here.
 */
public final class H2File {

  private H2File() {}

  /**
   * The embedded file's name, or {@code null} when the connection is not to an embedded H2 file.
   */
  public static String name(Connection c) throws SQLException {
    Store store = store(c);
    return store == null ? null : store.getMvStore().getFileStore().getFileName();
  }

  /**
   * Forces what the embedded file holds to the disk (fsync).
   *
   * @return false when the connection is not to an embedded H2 file
   */
  public static boolean sync(Connection c) throws SQLException {
    Store store = store(c);
    if (store == null) {
      return false;
    }
    store.sync();
    return true;
  }

  private static Store store(Connection c) throws SQLException {
    if (!c.isWrapperFor(JdbcConnection.class)
        || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)
        || !local.getDatabase().isPersistent()) {
      return null; // a server's session, or an in-memory database
    }
    Store store = local.getDatabase().getStore();
    return store == null || store.getMvStore().getFileStore() == null ? null : store;
  }
}
