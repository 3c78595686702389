package dev.desk.spi.error;

/** Stable error codes. The kind says whose fault it is. */
public enum ErrorCode {
  /** Input broke one or more rules; see {@link ValidationException#violations()}. */
  VALIDATION_FAILED(Kind.USER),
  /** The lifecycle does not allow the command in the ticket's current state. */
  ILLEGAL_TRANSITION(Kind.USER),
  /** The actor may not see or do this. */
  ACCESS_DENIED(Kind.USER),
  /** No ticket with that id or number. */
  TICKET_NOT_FOUND(Kind.USER),
  /** The ticket changed since the caller read it; read again and retry. */
  STALE_VERSION(Kind.USER),
  /** A store or database failed; the command may be retried. */
  STORAGE_FAILURE(Kind.EXTERNAL),
  /** A plugin failed or was refused. */
  PLUGIN_FAILURE(Kind.EXTERNAL),
  /** Configuration given to a builder or module is wrong. */
  CONFIGURATION_INVALID(Kind.USER),
  /** No knowledge-base article with that id (or none the reader may read). */
  ARTICLE_NOT_FOUND(Kind.USER),
  /** A bug in desk. */
  INTERNAL(Kind.INTERNAL);

  /** Whose fault an error is. */
  public enum Kind {
    /** The caller's input or state. */
    USER,
    /** Something outside desk: a database, a plugin, the network. */
    EXTERNAL,
    /** desk itself. */
    INTERNAL
  }

  private final Kind kind;

  ErrorCode(Kind kind) {
    this.kind = kind;
  }

  /** Whose fault this error is. */
  public Kind kind() {
    return kind;
  }
}
