package dev.desk.spi.error;

/**
 * A commit would have passed a counter's ceiling ({@link dev.desk.spi.storage.CounterChange}):
 * another process took the room first (an agent reached capacity meanwhile). Nothing was written;
 * decide again on what the store holds now.
 */
public final class CapacityExceededException extends StaleVersionException {

  private static final long serialVersionUID = 1L;

  /** For the counter that would have passed its ceiling. */
  public CapacityExceededException(String counter) {
    super("counter " + counter, 0, -1);
  }
}
