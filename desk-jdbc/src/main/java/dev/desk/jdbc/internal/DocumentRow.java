package dev.desk.jdbc.internal;

import dev.desk.spi.storage.DocumentStore.StoredDocument;
import java.time.Instant;

/** A row of {@code desk_document}: a named configuration document and its version. */
public final class DocumentRow {
  public String name;
  public long version;
  public String content;
  public long savedAt;

  /** For MyBatis. */
  public DocumentRow() {}

  /** The row of a document. */
  public DocumentRow(StoredDocument d) {
    name = d.name();
    version = d.version();
    content = d.content();
    savedAt = TicketRow.nanos(d.savedAt());
  }

  /** The document of the row. */
  public StoredDocument document() {
    return new StoredDocument(name, version, content, Instant.ofEpochSecond(0, savedAt));
  }
}
