package dev.desk.spi.error;

/**
 * A command or commit named a version of a ticket that is no longer current: somebody else
 * changed it first. Nothing was written; read the ticket again and decide anew.
 */
public class StaleVersionException extends DeskException {

  private static final long serialVersionUID = 1L;

  private final String ticket;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param ticket the ticket's id or number
   * @param expectedVersion the version the caller saw
   * @param actualVersion the current version ({@code -1} when unknown)
   */
  public StaleVersionException(String ticket, long expectedVersion, long actualVersion) {
    super(ErrorCode.STALE_VERSION, "Ticket " + ticket + " is at version " + actualVersion
        + ", not " + expectedVersion + ": it changed meanwhile; read it again");
    this.ticket = ticket;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The ticket's id or number. */
  public String ticket() {
    return ticket;
  }

  /** The version the caller expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the store holds, or {@code -1} when unknown. */
  public long actualVersion() {
    return actualVersion;
  }
}
