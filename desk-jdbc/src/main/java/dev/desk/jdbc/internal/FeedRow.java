package dev.desk.jdbc.internal;

/** A journal row read by its global position. */
public final class FeedRow {
  public long globalPosition;
  public String event;

  /** For MyBatis. */
  public FeedRow() {}
}
