package dev.desk.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Transactions whose commit returns only once an embedded H2 file is on the disk (fsync): H2
 * writes a commit to the file before it returns but leaves it in the operating system's cache,
 * which a power loss empties, and has no setting of its own to sync each commit.
 */
public final class SyncedCommits extends JdbcTransactionFactory {

  @Override
  public Transaction newTransaction(Connection conn) {
    return new Synced(conn);
  }

  @Override
  public Transaction newTransaction(DataSource ds, TransactionIsolationLevel level, boolean autoCommit) {
    return new Synced(ds, level, autoCommit);
  }

  /** A transaction that syncs the file after its commit. */
  private static final class Synced extends JdbcTransaction {

    Synced(Connection connection) {
      super(connection);
    }

    Synced(DataSource ds, TransactionIsolationLevel level, boolean autoCommit) {
      super(ds, level, autoCommit);
    }

    @Override
    public void commit() throws SQLException {
      super.commit();
      if (connection != null) {
        H2File.sync(connection);
      }
    }
  }
}
