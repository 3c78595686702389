package dev.desk.spi.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration desk keeps for the host beside its tickets, stored whole and versioned: the
 * service directory of groups and agents, escalation rules. A store offers it by implementing
 * this interface too; desk asks with {@code store instanceof DocumentStore}.
 */
public interface DocumentStore {

  /** The document with this name, if it was ever saved. */
  Optional<StoredDocument> load(String name);

  /**
   * Saves a document over the version the caller read ({@code 0} for a new one), all or nothing.
   *
   * @return the stored document, with the next version
   * @throws dev.desk.spi.error.StaleVersionException when someone saved it meanwhile; nothing is written
   */
  StoredDocument save(String name, String content, long expectedVersion, Instant savedAt);

  /**
   * One stored document.
   *
   * @param name its name ({@code service-directory})
   * @param version 1 for the first save, one more for each save after
   * @param content the text (YAML or JSON)
   * @param savedAt when it was saved
   */
  record StoredDocument(String name, long version, String content, Instant savedAt) {

    /** Rejects missing parts and versions below 1. */
    public StoredDocument {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(savedAt, "savedAt");
      if (version < 1) {
        throw new IllegalArgumentException("a stored document has version 1 or more: " + version);
      }
    }
  }
}
