package dev.desk.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections can be cut: while {@link #cut} is set, sending a statement
 * batch or committing fails as a lost connection would (SQLState 08006), after the earlier
 * statements of the transaction went through.
 */
final class CuttableDataSource implements DataSource {

  final AtomicBoolean cut = new AtomicBoolean();
  private final DataSource target;

  CuttableDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(target.getConnection(user, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler statements = forward(connection,
        (method, result) -> result instanceof Statement statement ? wrapStatement(statement, method.getReturnType()) : result);
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit") && cut.get()) {
            throw new SQLNonTransientConnectionException("connection lost (test)", "08006");
          }
          return statements.invoke(proxy, method, args);
        });
  }

  private Object wrapStatement(Statement statement, Class<?> type) {
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals("executeBatch") && cut.get()) {
        throw new SQLNonTransientConnectionException("connection lost (test)", "08006");
      }
      return invoke(statement, method, args);
    });
  }

  @FunctionalInterface
  private interface After {
    Object apply(java.lang.reflect.Method method, Object result);
  }

  private static InvocationHandler forward(Object target, After after) {
    return (proxy, method, args) -> after.apply(method, invoke(target, method, args));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
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
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
