package dev.desk.spi.storage;

import java.util.Map;

/** Makes ticket stores of one kind; contributed by a {@link dev.desk.spi.DeskPlugin}. */
public interface TicketStoreFactory {

  /** The kind's unique name, such as {@code "memory"} or {@code "jdbc"}. */
  String name();

  /**
   * A new store.
   *
   * @param settings the kind's settings (for example {@code url}); unknown keys are an error
   * @throws dev.desk.spi.error.DeskException with {@code CONFIGURATION_INVALID} for bad settings
   */
  TicketStore create(Map<String, String> settings);
}
