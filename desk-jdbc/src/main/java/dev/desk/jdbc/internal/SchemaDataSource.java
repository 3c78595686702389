package dev.desk.jdbc.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections work in desk's own schema (a database, on MariaDB) inside the
 * host's database, so desk's statements, which name no schema, never touch the host's tables.
 */
public final class SchemaDataSource implements DataSource {

  private final DataSource target;
  private final String schema;
  private final boolean catalog;

  /**
   * Connections of {@code target} set to {@code schema}.
   *
   * @param catalog whether the database calls a schema a catalog (MariaDB)
   */
  public SchemaDataSource(DataSource target, String schema, boolean catalog) {
    this.target = target;
    this.schema = schema;
    this.catalog = catalog;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return into(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return into(target.getConnection(username, password));
  }

  private Connection into(Connection c) throws SQLException {
    try {
      if (catalog) {
        c.setCatalog(schema);
      } else {
        c.setSchema(schema);
      }
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target.isWrapperFor(iface);
  }
}
