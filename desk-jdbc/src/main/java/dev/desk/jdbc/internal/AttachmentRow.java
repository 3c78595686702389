package dev.desk.jdbc.internal;

import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import java.util.Optional;

/** A row of {@code desk_attachment}; {@code content} is read only when asked for. */
public final class AttachmentRow {
  public String id;
  public String fileName;
  public String mediaType;
  public long size;
  public byte[] content;
  /** Who stored the file and for which ticket; null for files stored before schema 12. */
  public String storedBy;
  public String storedFor;

  /** The reference of the row. */
  public AttachmentRef ref() {
    return new AttachmentRef(id, fileName, mediaType, size);
  }

  /** Where the file came from, when the row knows. */
  public Optional<FileOrigin> origin() {
    return storedBy == null ? Optional.empty()
        : Optional.of(new FileOrigin(storedBy, storedFor == null ? null : TicketId.parse(storedFor)));
  }
}
