package dev.desk.jdbc.internal;

/** A row of {@code desk_counter}. */
public final class CounterRow {
  public String name;
  public long counterValue;

  /** For MyBatis. */
  public CounterRow() {}
}
