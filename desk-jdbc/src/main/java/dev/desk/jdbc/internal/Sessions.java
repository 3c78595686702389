package dev.desk.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;

/**
 * Opens desk's MyBatis sessions, every transaction at READ COMMITTED. Setting the level costs a
 * statement on each opening and another when the pool resets the connection (two round trips of
 * a registration's eight on PostgreSQL), so it is set only when the pool's connections do not
 * already start at that level.
 */
public final class Sessions {

  private final SqlSessionFactory factory;
  /** The level to set on each opening, or {@code null} when the connections start at it. */
  private final TransactionIsolationLevel level;

  private Sessions(SqlSessionFactory factory, TransactionIsolationLevel level) {
    this.factory = factory;
    this.level = level;
  }

  /**
   * Sessions on a factory whose connections come from {@code dataSource}; one connection is asked
   * its level now.
   */
  public static Sessions of(SqlSessionFactory factory, DataSource dataSource) {
    boolean readCommitted;
    try (Connection c = dataSource.getConnection()) {
      readCommitted = c.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
    } catch (SQLException e) {
      readCommitted = false; // set it each time: the opening that fails says why
    }
    return new Sessions(factory, readCommitted ? null : TransactionIsolationLevel.READ_COMMITTED);
  }

  /** A transaction whose statements run one by one. */
  public SqlSession open() {
    return factory.openSession(ExecutorType.SIMPLE, level);
  }

  /** A transaction whose writes are sent together at {@code flushStatements} or commit. */
  public SqlSession batch() {
    return factory.openSession(ExecutorType.BATCH, level);
  }

  /** Reads, each statement its own transaction. */
  public SqlSession reading() {
    return factory.openSession(true);
  }
}
